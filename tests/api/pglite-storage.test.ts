import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../../src/domain/mapping';
import { openDatabase } from '../../server/db/database';
import { appliedMigration, latestMigration, migrateToLatest } from '../../server/db/migrate';
import { putMapping } from '../../server/services/mappings';
import { inviteStaff } from '../../server/services/staff';

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded database on disk', () => {
  it('is created on first start and keeps mappings across restarts', async () => {
    const id = uuidv7();
    const first = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    expect(await appliedMigration(first.db)).toBeNull();
    await migrateToLatest(first.db);
    const guide = await inviteStaff(first.db, { name: 'Kari', email: 'kari@kommune.example', role: 'guide', municipality: '4601' }, new Date());
    if (guide.kind !== 'invited') throw new Error('no guide');
    await putMapping(first.db, id, { revision: 1, baseRevision: null, content: emptyMappingContent('nb') }, new Date(), { staffId: guide.staff.id });
    await first.close();

    const second = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    await migrateToLatest(second.db);
    expect(await appliedMigration(second.db)).toBe(latestMigration);
    const row = await second.db.selectFrom('mappings').select('revision').where('id', '=', id).executeTakeFirst();
    await second.close();
    expect(row).toEqual({ revision: 1 });
  });
});
