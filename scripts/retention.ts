// Deletes what is past the retention period, or with --dry-run only reports it:
//   npm run retention -- --dry-run [--now 2041-01-01] [--years 15]
// The same database as the server (DATABASE_URL, or the embedded PGlite in DATA_DIR: stop the
// server first, an embedded database has one user at a time). Prints the report as JSON: counts only.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromEnvironment, retentionFromEnvironment } from '../server/config';
import { openDatabase } from '../server/db/database';
import { appliedMigration, latestMigration } from '../server/db/migrate';
import { retentionSweep } from '../server/services/retention';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, now: { type: 'string' }, years: { type: 'string' } } });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date or a moment (2041-01-01, 2041-01-01T12:00:00Z), not ${values.now}`);
  const { years } = retentionFromEnvironment(values.years === undefined ? process.env : { ...process.env, RETENTION_YEARS: values.years });

  const root = resolve(import.meta.dirname, '..');
  const database = await openDatabase(configFromEnvironment(process.env, root).database);
  try {
    // A sweep never changes the schema: the server migrates when it starts.
    if ((await appliedMigration(database.db)) !== latestMigration) throw new Error('The database is not at the newest migration: start the server once first');
    console.log(JSON.stringify(await retentionSweep(database.db, { now, years, dryRun: values['dry-run'] }), null, 2));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
