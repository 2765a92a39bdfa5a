import type { Kysely } from 'kysely';

/**
 * Which device wrote each revision. A device's own history is linear, so a revision that
 * builds on an earlier one of the same device — whose reply it never got — is not a conflict.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mapping_revisions').addColumn('device_id', 'uuid').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mapping_revisions').dropColumn('device_id').execute();
}
