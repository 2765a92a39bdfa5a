import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as mappings from './migrations/0001-mappings';
import * as revisionDevice from './migrations/0002-revision-device';
import * as workspace from './migrations/0003-workspace';
import * as auditLog from './migrations/0004-audit-log';
import * as privacyRequests from './migrations/0005-privacy-requests';
import * as loginThrottle from './migrations/0006-login-throttle';
import * as recordsByPerson from './migrations/0007-records-by-person';
import * as erasureByIndex from './migrations/0008-erasure-by-index';
import type { DatabaseSchema } from './schema';

/** Listed in code, not read from a folder, so a bundled or moved server cannot miss one. */
const migrations: Record<string, Migration> = {
  '0001-mappings': mappings,
  '0002-revision-device': revisionDevice,
  '0003-workspace': workspace,
  '0004-audit-log': auditLog,
  '0005-privacy-requests': privacyRequests,
  '0006-login-throttle': loginThrottle,
  '0007-records-by-person': recordsByPerson,
  '0008-erasure-by-index': erasureByIndex,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const latestMigration = Object.keys(migrations).sort().at(-1)!;

export async function migrateToLatest(db: Kysely<DatabaseSchema>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}

/** The newest migration this database has applied, or null for an empty database. */
export async function appliedMigration(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const all = await new Migrator({ db, provider }).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).at(-1)?.name ?? null;
}
