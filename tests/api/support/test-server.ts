import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { buildApp, type AppOptions } from '../../../server/app';
import { openDatabase, type Database } from '../../../server/db/database';
import { migrateToLatest } from '../../../server/db/migrate';
import { inject } from 'vitest';

/**
 * The real server on a real database: embedded PGlite in memory by default, PostgreSQL
 * when DATABASE_URL is set (as in .ci/run). Tests use fresh ids, so they never collide.
 */
export async function startTestServer(
  options: {
    staticDir?: string | null;
    now?: () => Date;
    /** A new, empty database of its own (in-memory PGlite) whatever DATABASE_URL says: for what only an empty one shows. */
    empty?: boolean;
    /** Settings a deployment makes from its environment (TRUST_PROXY, STAFF_IDLE_MINUTES) and where the log goes. */
    app?: Pick<AppOptions, 'trustProxy' | 'staffIdleMs' | 'logStream' | 'logLevel'>;
    /** Sees every statement the server runs (./query-plans records them). */
    plugin?: KyselyPlugin;
  } = {},
): Promise<{
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}> {
  const url = options.empty ? undefined : process.env.DATABASE_URL;
  const database = await openDatabase(url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: null, dump: migratedDatabase() });
  // A no-op on PGlite (./migrated-database.ts migrated it); PostgreSQL is migrated here.
  await migrateToLatest(database.db);
  const served = options.plugin ? { ...database, db: database.db.withPlugin(options.plugin) } : database;
  const app = await buildApp({ database: served, staticDir: options.staticDir ?? null, now: options.now, ...options.app });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A copy of the database ./migrated-database.ts migrated once for the run; in Node's Blob, as
 * jsdom's (component tests) has no arrayBuffer() for PGlite to read it with.
 */
function migratedDatabase(): Blob {
  return new NodeBlob([readFileSync(inject('migratedDatabase'))]) as Blob;
}

export const expectedDatabaseKind = process.env.DATABASE_URL ? 'postgresql' : 'pglite';
