import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { currentDraft, readDraft, saveDraftContent } from './draft-repository';
import { openTestDatabase } from './test-database';

describe('when the browser closes the device database under the app', () => {
  // Browsers do this when storage is cleared or under memory pressure (iOS Safari is known
  // for it); the next save must open it again, not fail with "database closed".
  it('opens it again on the next save, keeping every draft', async () => {
    const db = openTestDatabase();
    const draft = await currentDraft(db, 'nb', new Date());
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), new Date());

    const connection = db.backendDB();
    connection.close();
    connection.onclose?.call(connection, new Event('close'));
    expect(db.isOpen()).toBe(false);

    const content = { ...emptyMappingContent('nb'), wishes: { goal: 'work' as const, areas: [], text: 'Elektriker' } };
    expect((await saveDraftContent(db, draft.id, content, new Date())).revision).toBe(2);
    expect(db.isOpen()).toBe(true);
    expect((await readDraft(db, draft.id))?.content.wishes.text).toBe('Elektriker');
  });
});
