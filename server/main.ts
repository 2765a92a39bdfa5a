import { resolve } from 'node:path';
import { buildApp } from './app';
import { configFromEnvironment, retentionFromEnvironment } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { scheduleRetentionSweeps } from './services/retention';
import { setupTokenIfNeeded } from './services/staff';

const root = resolve(import.meta.dirname, '..');
const config = configFromEnvironment(process.env, root);
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
const app = await buildApp({
  database,
  staticDir: config.staticDir,
  logLevel: process.env.LOG_LEVEL ?? 'info',
  trustProxy: config.trustProxy,
  staffIdleMs: config.staffIdleMs,
});

// Room for a town's devices coming back online at the same moment: with Node's default (511),
// connections past it were reset before the server ever saw them. The kernel caps it (somaxconn).
const address = await app.listen({ host: config.host, port: config.port, backlog: 4096 });
const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
const origin = address.replace('127.0.0.1', 'localhost');
// Until the first administrator exists, every start prints a new one-time link (the old one stops working).
const setupToken = await setupTokenIfNeeded(database.db, new Date());
if (setupToken !== null) console.log(`Create the first administrator (one-time link, valid 7 days): ${origin}/#setup=${setupToken}`);
console.log(`Kompass is running at ${origin}  (database: ${where})`);
// Deletes what is past the retention period: now, then daily.
scheduleRetentionSweeps(database.db, retentionFromEnvironment(process.env), app.log);

// Close the database cleanly: an embedded PGlite must flush before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
