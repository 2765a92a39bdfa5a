import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { openKompassDatabase } from './db';
import { currentDraft, readDraft, saveDraftContent } from './draft-repository';

/**
 * Every schema a released app has used, frozen here with the data it wrote. Opening such a
 * database with today's code must keep every draft, outbox entry and setting readable.
 * When db.ts gets a new version(n), add the previous one here.
 */
const releasedSchemas = [
  {
    version: 1,
    stores: { drafts: 'id, updatedAt', outbox: 'mappingId, notBefore', settings: 'key' },
    // Written by the first release: content of schema version 1 (only "about you").
    data: {
      drafts: [
        {
          id: '01a2060c-0000-7000-8000-000000000001',
          revision: 3,
          createdAt: '2026-11-20T09:00:00.000Z',
          updatedAt: '2026-11-20T09:05:00.000Z',
          content: {
            schemaVersion: 1,
            language: 'ti',
            informationLetter: { version: 'imdi-2021.1', language: 'ti', confirmedAt: '2026-11-20T09:00:00.000Z' },
            aboutYou: { citizenship: 'ER', gender: 'female', birthYear: 1993 },
          },
          sentRevision: 2,
          sentAt: '2026-11-20T09:04:00.000Z',
        },
      ],
      outbox: [{ mappingId: '01a2060c-0000-7000-8000-000000000001', revision: 3, failedAttempts: 1, notBefore: 0, problem: null }],
      settings: [
        { key: 'currentMappingId', value: '01a2060c-0000-7000-8000-000000000001' },
        { key: 'locale', value: 'ti' },
      ],
    },
  },
] as const;

let counter = 0;

describe.each(releasedSchemas)('a device database from schema version $version', ({ version, stores, data }) => {
  async function releasedDatabase(): Promise<string> {
    counter += 1;
    const name = `kompass-upgrade-${version}-${counter}`;
    const old = new Dexie(name);
    old.version(version).stores(stores);
    await old.open();
    await old.table('drafts').bulkAdd([...data.drafts]);
    await old.table('outbox').bulkAdd([...data.outbox]);
    await old.table('settings').bulkAdd([...data.settings]);
    old.close();
    return name;
  }

  it('opens with today’s code, keeping every draft, outbox entry and setting', async () => {
    const db = openKompassDatabase(await releasedDatabase());
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(version);
    expect(await db.outbox.toArray()).toEqual(data.outbox);
    expect(await db.settings.toArray()).toEqual(expect.arrayContaining([...data.settings]));
    const [stored] = data.drafts;
    const draft = await readDraft(db, stored.id);
    expect(draft).toMatchObject({ revision: 3, sentRevision: 2, sentAt: stored.sentAt });
    // The old content is read in today's shape, its answers intact.
    expect(draft?.content).toEqual({
      ...emptyMappingContent('ti'),
      informationLetter: stored.content.informationLetter,
      aboutYou: stored.content.aboutYou,
    });
    db.close();
  });

  it('carries on with the same draft: the next save is the next revision', async () => {
    const db = openKompassDatabase(await releasedDatabase());
    const draft = await currentDraft(db, 'nb', new Date());
    expect(draft.id).toBe(data.drafts[0].id);
    expect((await saveDraftContent(db, draft.id, { ...draft.content, wishes: { goal: 'work', areas: [], text: '' } }, new Date())).revision).toBe(4);
    expect(await db.outbox.get(draft.id)).toMatchObject({ revision: 4, failedAttempts: 1 });
    db.close();
  });
});

describe('upgrading to schema version 2', () => {
  it('puts drafts parked as conflicts back in the queue, to be merged now, and gives refusals a reason', async () => {
    const name = `kompass-upgrade-conflict-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(releasedSchemas[0].stores);
    const parked = { mappingId: 'a', revision: 4, failedAttempts: 0, notBefore: 0, problem: { reason: 'conflict', status: 409 } };
    const refused = { mappingId: 'b', revision: 2, failedAttempts: 0, notBefore: 0, problem: { reason: 'rejected', status: 400 } };
    await old.open();
    await old.table('outbox').bulkAdd([parked, refused]);
    old.close();

    const db = openKompassDatabase(name);
    expect(await db.outbox.toArray()).toEqual([
      { ...parked, problem: null },
      { ...refused, problem: { reason: 'rejected', status: 400, message: 'HTTP 400', fields: [] } },
    ]);
    db.close();
  });
});
