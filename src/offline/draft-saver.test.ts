import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { currentDraft, readDraft } from './draft-repository';
import { createDraftSaver } from './draft-saver';
import { logInOnThisDevice, replaceLoginCode } from './participant-logins';
import { openTestDatabase } from './test-database';
import { takeUnsavedChange } from './unsaved-journal';

const quiet = { saved: () => undefined, failed: () => undefined };

beforeEach(() => localStorage.clear());

describe('a draft saver', () => {
  it('parks what is not written yet, with the highest revision it can become', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', new Date());
    const saver = createDraftSaver(db, draft.id, draft, quiet);
    const content = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'Snekker' } };
    saver.save(content);
    saver.save(content);
    saver.parkUnwritten();
    expect(takeUnsavedChange(draft.id)).toEqual({ draftId: draft.id, content, upToRevision: 2 });

    await saver.flush();
    // Written: the parked copy is dropped, and nothing is left to park.
    expect(takeUnsavedChange(draft.id)).toBeNull();
    saver.parkUnwritten();
    expect(takeUnsavedChange(draft.id)).toBeNull();
    expect((await readDraft(db, draft.id))?.revision).toBe(2);
  });

  it("parks a participant's change sealed — never their answers in the clear", async () => {
    const db = openTestDatabase();
    const draft = await logInOnThisDevice(db, 'K7QM2XRD9PH4', 'nb', new Date());
    const saver = createDraftSaver(db, draft.id, draft, quiet);
    // Another write holds the drafts, so this change stays unwritten while the page is left.
    let release = () => {};
    const holding = db.transaction('rw', db.drafts, () => Dexie.waitFor(new Promise<void>((resolve) => (release = resolve))));
    const content = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'Snekker i Asmara' } };
    saver.save(content);
    // Sealing takes a moment: the screen seals each change as it is made, ahead of `pagehide`.
    await vi.waitFor(() => {
      saver.parkUnwritten();
      expect(takeUnsavedChange(draft.id)).toMatchObject({ sealed: expect.any(Object) });
    });
    expect(JSON.stringify({ ...localStorage })).not.toContain('Asmara');
    release();
    await holding;
    await saver.flush();
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('Snekker i Asmara');
  });

  it("writes a participant's change sealed with the key of whoever owns the draft when it lands", async () => {
    const db = openTestDatabase();
    const draft = await logInOnThisDevice(db, 'K7QM2XRD9PH4', 'nb', new Date());
    const saver = createDraftSaver(db, draft.id, draft, quiet);
    const wishes = (text: string) => ({ ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text } });
    saver.save(wishes('Snekker'));
    await saver.flush();
    expect((await db.drafts.get(draft.id))?.content).toBeUndefined();
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('Snekker');
    // The code was refused and replaced while the screen stayed open: what it sealed ahead with the old key is sealed anew.
    await replaceLoginCode(db, draft.id, 'M3TX8QWK2RJ7', new Date());
    saver.save(wishes('Snekker i Asmara'));
    await saver.flush();
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('Snekker i Asmara');
  });
});
