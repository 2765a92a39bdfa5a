import type { Kysely } from 'kysely';

/**
 * Erasing a person (their request, or the retention sweep) deletes their login codes and lets
 * the database check every revision for one they sent: without these indexes each of those
 * read a whole table, for every person erased (8.3 s for one person at a million stored
 * mappings, measured with bench/growth.ts's database). The codes' other index covers only the
 * code in force.
 */
const forErasure = [
  ['login_codes_by_person', 'login_codes', 'person_id'],
  ['mapping_revisions_by_person', 'mapping_revisions', 'sent_by_person'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, column] of forErasure) await db.schema.createIndex(name).on(table).column(column).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of forErasure) await db.schema.dropIndex(name).execute();
}
