import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../../server/db/migrate';
import { pgliteDialect } from '../../../server/db/pglite-dialect';
import type { DatabaseSchema } from '../../../server/db/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding an embedded database just migrated (PGlite's dumpDataDir; see ./test-server.ts). */
    migratedDatabase: string;
  }
}

/**
 * Migrates one new embedded database per run and keeps its dump: each test server's embedded
 * database starts as a copy of it, instead of running PGlite's initdb and the migrations again
 * (some 2.5 s of CPU each, for some 25 databases a run).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const client = new PGlite();
  const db = new Kysely<DatabaseSchema>({ dialect: pgliteDialect(client) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir('none');
  await db.destroy();
  const workDir = mkdtempSync(join(tmpdir(), 'kompass-api-'));
  const file = join(workDir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('migratedDatabase', file);
  return () => rmSync(workDir, { recursive: true, force: true });
}
