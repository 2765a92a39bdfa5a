import { resolve } from 'node:path';
import { buildApp } from './app';
import { configFromEnvironment } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';

const root = resolve(import.meta.dirname, '..');
const config = configFromEnvironment(process.env, root);
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
const app = await buildApp({ database, staticDir: config.staticDir, logLevel: process.env.LOG_LEVEL ?? 'info' });

const address = await app.listen({ host: config.host, port: config.port });
const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
console.log(`Kompass is running at ${address.replace('127.0.0.1', 'localhost')}  (database: ${where})`);

// Close the database cleanly: an embedded PGlite must flush before the process ends.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
