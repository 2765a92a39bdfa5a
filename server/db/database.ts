import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pgliteDialect } from './pglite-dialect';
import type { DatabaseSchema } from './schema';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DatabaseSchema>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  | { kind: 'postgresql'; url: string }
  /** `dataDir` null keeps the database in memory (tests), starting from `dump` (PGlite's dumpDataDir) when given. */
  | { kind: 'pglite'; dataDir: string | null; dump?: Blob };

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgresql', db, close: () => db.destroy() };
  }
  if (location.dataDir !== null) mkdirSync(location.dataDir, { recursive: true });
  const client = location.dataDir === null ? new PGlite({ loadDataDir: location.dump }) : new PGlite(location.dataDir);
  await client.waitReady;
  const db = new Kysely<DatabaseSchema>({ dialect: pgliteDialect(client) });
  return { kind: 'pglite', db, close: () => db.destroy() };
}
