import { beforeEach, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { currentDraft, readDraft } from './draft-repository';
import { createDraftSaver } from './draft-saver';
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
    expect(takeUnsavedChange()).toEqual({ draftId: draft.id, content, upToRevision: 2 });

    await saver.flush();
    // Written: the parked copy is dropped, and nothing is left to park.
    expect(takeUnsavedChange()).toBeNull();
    saver.parkUnwritten();
    expect(takeUnsavedChange()).toBeNull();
    expect((await readDraft(db, draft.id))?.revision).toBe(2);
  });
});
