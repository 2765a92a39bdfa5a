import { beforeEach, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { currentDraft, readDraft, recoverUnsavedChange, saveDraftContent } from './draft-repository';
import { openTestDatabase } from './test-database';
import { seal } from './login-keys';
import { logInOnThisDevice } from './participant-logins';
import { clearUnsavedChange, parkUnsavedChange, takeUnsavedChange } from './unsaved-journal';

const now = new Date('2026-11-23T10:00:00Z');

beforeEach(() => localStorage.clear());

describe('a change parked while the page was left', () => {
  it('is kept synchronously, one per draft, and read back once', () => {
    expect(takeUnsavedChange('d1')).toBeNull();
    parkUnsavedChange({ draftId: 'd1', content: { wishes: { text: 'abc' } }, upToRevision: 4 });
    parkUnsavedChange({ draftId: 'd2', sealed: { iv: 'aXY=', data: 'ZGF0YQ==' }, upToRevision: null });
    expect(takeUnsavedChange('d1')).toEqual({ draftId: 'd1', content: { wishes: { text: 'abc' } }, upToRevision: 4 });
    expect(takeUnsavedChange('d2')).toEqual({ draftId: 'd2', sealed: { iv: 'aXY=', data: 'ZGF0YQ==' }, upToRevision: null });
    clearUnsavedChange('d1');
    expect(takeUnsavedChange('d1')).toBeNull();
    expect(takeUnsavedChange('d2')).not.toBeNull();
  });

  it('ignores what is not a parked change', () => {
    localStorage.setItem('kompass.unsaved.d1', '{not json');
    expect(takeUnsavedChange('d1')).toBeNull();
    localStorage.setItem('kompass.unsaved.d1', '{"upToRevision":1}');
    expect(takeUnsavedChange('d1')).toBeNull();
    localStorage.setItem('kompass.unsaved.d1', '{"sealed":{"iv":1}}');
    expect(takeUnsavedChange('d1')).toBeNull();
  });

  it("opens a participant's sealed change with their key only", async () => {
    const db = openTestDatabase();
    const draft = await logInOnThisDevice(db, 'K7QM2XRD9PH4', 'nb', now);
    const content = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'Snekker' } };
    const loginId = draft.owner?.kind === 'participant' ? draft.owner.loginId : '';
    const sealed = await seal((await db.unlocked.get(loginId))!.key, content, draft.id);
    expect((await recoverUnsavedChange(db, draft, { draftId: draft.id, sealed, upToRevision: 1 }, now)).content.wishes.text).toBe('Snekker');
    // Sealed for another draft (moved between entries): not theirs, nothing changes.
    const moved = await seal((await db.unlocked.get(loginId))!.key, content, 'another-draft');
    const again = (await readDraft(db, draft.id))!;
    expect(await recoverUnsavedChange(db, again, { draftId: draft.id, sealed: moved, upToRevision: 2 }, now)).toBe(again);
  });

  it('goes into the draft as a new revision, restored like any stored draft', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const content = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'Snekker' } };
    const recovered = await recoverUnsavedChange(db, draft, { draftId: draft.id, content, upToRevision: 1 }, now);
    expect(recovered.revision).toBe(1);
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('Snekker');
    expect(await db.outbox.get(draft.id)).toMatchObject({ revision: 1 });
  });

  it('changes nothing when the draft already holds it, or it belongs to another draft', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    expect(await recoverUnsavedChange(db, draft, { draftId: draft.id, content: draft.content, upToRevision: 1 }, now)).toBe(draft);
    expect(await recoverUnsavedChange(db, draft, { draftId: 'other', content: { wishes: { text: 'x' } }, upToRevision: 1 }, now)).toBe(draft);
    expect(await recoverUnsavedChange(db, draft, null, now)).toBe(draft);
    expect((await readDraft(db, draft.id))?.revision).toBe(0);
  });

  it('is not put back over a draft that another tab has saved since', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', now);
    const newer = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'newer, from the other tab' } };
    await saveDraftContent(db, draft.id, newer, now);
    await saveDraftContent(db, draft.id, newer, now);
    const stored = (await readDraft(db, draft.id))!;
    const older = { ...emptyMappingContent('nb'), wishes: { goal: null, areas: [], text: 'older' } };
    expect(await recoverUnsavedChange(db, stored, { draftId: draft.id, content: older, upToRevision: 1 }, now)).toBe(stored);
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('newer, from the other tab');
  });
});
