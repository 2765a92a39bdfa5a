import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database, type DatabaseKind } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { freePort, startKompassServer, type KompassServer } from '../../tests/e2e/support/kompass-server';
import { createScratchDatabase } from '../../tests/e2e/support/scratch-database';

/**
 * A database of the bench's own for one run, and the real server on it as `npm start` runs it
 * (server/main.ts in its own process, so the load generator does not share its event loop).
 * With DATABASE_URL: a new PostgreSQL database beside that one, dropped afterwards, so every run
 * starts from empty tables and leaves nothing behind. Without: embedded PGlite in a temporary
 * folder (the smoke run in npm test).
 */
export interface ServerRig {
  kind: DatabaseKind;
  /** The PostgreSQL database's address; null on PGlite. */
  databaseUrl: string | null;
  /**
   * Runs `work` on the database from this process, migrated. Not while the server runs: an
   * embedded PGlite has one owner at a time.
   */
  withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T>;
  startServer(): Promise<KompassServer>;
  remove(): Promise<void>;
}

export async function serverRig(bench: string): Promise<ServerRig> {
  const baseUrl = process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), `kompass-${bench}-`));
  const scratch = baseUrl ? await createScratchDatabase(baseUrl, `kompass_bench_${bench.replace(/\W/g, '_')}_${process.pid}`) : null;
  return {
    kind: scratch ? 'postgresql' : 'pglite',
    databaseUrl: scratch?.url ?? null,
    async withDatabase(work) {
      const database = await openDatabase(scratch ? { kind: 'postgresql', url: scratch.url } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
      try {
        await migrateToLatest(database.db);
        return await work(database);
      } finally {
        await database.close();
      }
    },
    async startServer() {
      const server = await startKompassServer({ port: await freePort(), dataDir, ...(scratch ? { databaseUrl: scratch.url } : {}) });
      // A bench that fails half-way leaves no server running.
      process.once('exit', () => void server.kill());
      return server;
    },
    async remove() {
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
