import { beforeEach, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { currentDraft, readDraft, recoverUnsavedChange, saveDraftContent } from './draft-repository';
import { openTestDatabase } from './test-database';
import { clearUnsavedChange, parkUnsavedChange, takeUnsavedChange } from './unsaved-journal';

const now = new Date('2026-11-23T10:00:00Z');

beforeEach(() => localStorage.clear());

describe('a change parked while the page was left', () => {
  it('is kept synchronously and read back once', () => {
    expect(takeUnsavedChange()).toBeNull();
    parkUnsavedChange({ draftId: 'd1', content: { wishes: { text: 'abc' } }, upToRevision: 4 });
    expect(takeUnsavedChange()).toEqual({ draftId: 'd1', content: { wishes: { text: 'abc' } }, upToRevision: 4 });
    clearUnsavedChange();
    expect(takeUnsavedChange()).toBeNull();
  });

  it('ignores what is not a parked change', () => {
    localStorage.setItem('kompass.unsaved', '{not json');
    expect(takeUnsavedChange()).toBeNull();
    localStorage.setItem('kompass.unsaved', '{"content":1}');
    expect(takeUnsavedChange()).toBeNull();
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
