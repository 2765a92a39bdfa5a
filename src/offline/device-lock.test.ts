import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { lockSessions } from './device-lock';
import { draftsOnDevice, markRevisionSent, readDraft, saveDraftContent } from './draft-repository';
import { idleLockMs, keepUnlocked, logInOnThisDevice, participantOnScreen } from './participant-logins';
import { DraftLockedError } from './unlocked-keys';
import { openTestDatabase } from './test-database';

const start = new Date('2026-12-01T09:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);
const answers = { ...emptyMappingContent('ar'), wishes: { goal: null, areas: [], text: 'أريد أن أعمل نجارا' } };

async function personAnswering(code = 'K7QM2XRD9PH4') {
  const db = openTestDatabase();
  const draft = await logInOnThisDevice(db, code, 'ar', start);
  await saveDraftContent(db, draft.id, answers, start);
  const loginId = draft.owner?.kind === 'participant' ? draft.owner.loginId : '';
  return { db, draft, loginId };
}

describe('a shared device', () => {
  it('keeps the answers sealed at rest: nothing of them is in the stored record', async () => {
    const { db, draft } = await personAnswering();
    const stored = await db.drafts.get(draft.id);
    expect(stored?.content).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain('نجارا');
    expect(JSON.stringify(await db.codeLogins.toArray())).not.toContain('K7QM2XRD9PH4');
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('أريد أن أعمل نجارا');
  });

  it('locks after a while without a touch, and a touch keeps it open', async () => {
    const { db, loginId } = await personAnswering();
    expect(await participantOnScreen(db, later(idleLockMs - 1))).toBe(loginId);
    expect(await participantOnScreen(db, later(idleLockMs))).toBeNull();
    await keepUnlocked(db, loginId, later(idleLockMs - 1));
    expect(await participantOnScreen(db, later(idleLockMs + 1000))).toBe(loginId);
  });

  it('once locked with answers not yet sent, shows them to no one, still sends them, and then wipes them', async () => {
    const { db, draft, loginId } = await personAnswering();
    await lockSessions(db, later(idleLockMs));
    expect(await participantOnScreen(db, later(idleLockMs))).toBeNull();
    expect(await db.settings.get('currentMappingId')).toBeUndefined();
    // Kept only until the server has it: the sender may still open it, the screen may not —
    // nor the device overview, which would otherwise offer it as a file.
    expect(await db.drafts.get(draft.id)).toBeDefined();
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('أريد أن أعمل نجارا');
    expect(await draftsOnDevice(db, later(idleLockMs + 1))).toEqual([expect.objectContaining({ id: draft.id, content: null })]);
    await markRevisionSent(db, draft.id, 1, later(idleLockMs + 1));
    await lockSessions(db, later(idleLockMs + 2));
    expect(await db.drafts.count()).toBe(0);
    expect(await db.codeLogins.get(loginId)).toBeUndefined();
    expect(await db.unlocked.get(loginId)).toBeUndefined();
  });

  it('gives the next person a draft of their own, and the first person theirs back with their code', async () => {
    const { db, draft } = await personAnswering();
    await lockSessions(db, start, 'all');
    const next = await logInOnThisDevice(db, 'AAAAAAAAAAAA', 'nb', later(1000));
    expect(next.id).not.toBe(draft.id);
    expect(next.content.wishes.text).toBe('');
    // The first person's key is gone from the screen's reach: their draft does not open for the next one.
    await lockSessions(db, later(2000), 'all');
    const back = await logInOnThisDevice(db, 'K7QM2XRD9PH4', 'ar', later(3000));
    expect(back.id).toBe(draft.id);
    expect(back.content.wishes.text).toBe('أريد أن أعمل نجارا');
  });

  it('refuses to open a draft whose key is gone', async () => {
    const { db, draft, loginId } = await personAnswering();
    await db.unlocked.delete(loginId);
    await expect(readDraft(db, draft.id)).rejects.toBeInstanceOf(DraftLockedError);
  });
});
