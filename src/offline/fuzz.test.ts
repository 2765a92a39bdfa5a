import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedText, fieldChanges, filledMapping, hostileString, prototypePolluted, rawBodies, wholeChanges } from '../domain/hostile-input';
import { mappingContentSchema } from '../domain/mapping';
import { setInterpreterPresent } from './assisted-session';
import { currentDraft, recoverUnsavedChange } from './draft-repository';
import { readMappingPosition } from './mapping-position';
import { staffSessionOf } from './staff-session';
import { openTestDatabase } from './test-database';
import { takeUnsavedChange } from './unsaved-journal';

/**
 * What this device reads back from localStorage and its settings, after a crash, an older app
 * or a hand in the browser's tools has left anything there: never a throw, never a draft the
 * schema refuses. FUZZ_RUNS=<n> and FUZZ_SEED=<s> as for the API.
 */
const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
const runs = { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 100) };
const timeout = Math.max(30_000, runs.numRuns * 300);
console.log(`device storage fuzz: seed ${seed}, ${runs.numRuns} runs per property (FUZZ_SEED=${seed} repeats this run)`);

const now = new Date('2026-11-23T10:00:00Z');
const parked = { draftId: 'd1', content: filledMapping(), upToRevision: 3 };
/** The text left where a parked change or a setting was: a changed one, another document, or no JSON at all. */
const storedText = (document: unknown) =>
  fc.oneof(
    fc.oneof(...fieldChanges, ...wholeChanges).map((change) => {
      const { text } = changedText(document, change);
      return typeof text === 'string' || text === undefined ? (text ?? '') : new TextDecoder().decode(text);
    }),
    hostileString,
    fc.constantFrom(...rawBodies),
  );

describe('a parked change read back from localStorage', () => {
  it('is a parked change of this draft or nothing, and puts only a valid mapping into the draft', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    await fc.assert(
      fc.asyncProperty(storedText({ ...parked, draftId: draft.id }), async (text) => {
        localStorage.setItem(`kompass.unsaved.${draft.id}`, text);
        const change = takeUnsavedChange(draft.id);
        if (change !== null) {
          expect(change.draftId).toBe(draft.id);
          expect(change.upToRevision === null || typeof change.upToRevision === 'number').toBe(true);
        }
        const recovered = await recoverUnsavedChange(db, draft, change, now);
        expect(mappingContentSchema.safeParse(recovered.content).error).toBeUndefined();
        expect(prototypePolluted()).toBe(false);
      }),
      runs,
    );
  }, timeout);
});

describe("the device's settings read back", () => {
  const session = { token: 't'.repeat(43), expiresAt: now.toISOString(), staff: { id: '0190b6a0-0000-7000-8000-000000000000', name: 'Kari', email: 'kari@kommune.example', activeSince: null, role: 'administrator' } };
  const assisted = { personId: session.staff.id, mappingId: session.staff.id, personName: 'Amina', startedAt: now.toISOString(), interpreterPresent: false, guideLanguage: 'nb' };

  it('a kept staff session, an assisted session, a position in the mapping: what is there, or nothing', async () => {
    const db = openTestDatabase();
    await fc.assert(
      fc.asyncProperty(storedText(session), storedText(assisted), storedText({ draftId: 'd1', position: { step: 'wishes.text' } }), async (staff, running, position) => {
        await db.settings.bulkPut([
          { key: 'staffSession', value: staff },
          { key: 'assistedSession', value: running },
          { key: 'mappingPosition', value: position },
        ]);
        const kept = await staffSessionOf(db);
        if (kept !== null) expect(kept.staff.id).toBe(session.staff.id);
        await setInterpreterPresent(db, true);
        await readMappingPosition(db, 'd1');
        expect(prototypePolluted()).toBe(false);
      }),
      runs,
    );
  }, timeout);
});
