import { sql, type Kysely } from 'kysely';

/**
 * The person's requests under the GDPR (correction, erasure, restriction, objection) and the
 * guide's answer to each, append-only like the other records of judgement; and the moment a
 * person's processing was restricted. A request goes with the person when they are erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('persons').addColumn('restricted_since', 'timestamptz').execute();

  await db.schema
    .createTable('privacy_requests')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('correction', 'erasure', 'restriction', 'objection')`),
    )
    .addColumn('message', 'text', (column) => column.notNull().check(sql`char_length(message) <= 2000`))
    .addColumn('made_by', 'text', (column) => column.notNull().check(sql`made_by in ('participant', 'staff')`))
    .addColumn('made_by_staff', 'uuid', (column) => column.references('staff.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .addCheckConstraint('privacy_requests_staff_named', sql`(made_by = 'staff') = (made_by_staff is not null)`)
    .execute();
  await db.schema.createIndex('privacy_requests_by_person').on('privacy_requests').columns(['person_id', 'sequence']).execute();

  await db.schema
    .createTable('privacy_request_answers')
    // The primary key is the request: at most one answer, and a second attempt conflicts.
    .addColumn('request_id', 'uuid', (column) => column.primaryKey().references('privacy_requests.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (column) => column.notNull().check(sql`outcome in ('done', 'refused')`))
    .addColumn('explanation', 'text', (column) => column.notNull().check(sql`char_length(explanation) <= 2000`))
    .addColumn('answered_by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('answered_at', 'timestamptz', (column) => column.notNull())
    .addCheckConstraint('privacy_request_answers_refusal_explained', sql`outcome = 'done' or explanation <> ''`)
    .execute();

  for (const table of ['privacy_requests', 'privacy_request_answers']) {
    await sql`
      create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
        for each row execute function refuse_update()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('privacy_request_answers').execute();
  await db.schema.dropTable('privacy_requests').execute();
  await db.schema.alterTable('persons').dropColumn('restricted_since').execute();
}
