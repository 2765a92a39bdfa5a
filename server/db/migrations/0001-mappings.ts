import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mappings')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('content', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('mapping_revisions')
    .addColumn('mapping_id', 'uuid', (column) => column.notNull().references('mappings.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('content', 'jsonb', (column) => column.notNull())
    .addColumn('received_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .addPrimaryKeyConstraint('mapping_revisions_pkey', ['mapping_id', 'revision'])
    .execute();

  // The history is append-only: the database itself refuses changes to stored revisions.
  await sql`
    create function mapping_revisions_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'mapping_revisions is append-only';
    end $$
  `.execute(db);
  await sql`
    create trigger mapping_revisions_no_update before update on mapping_revisions
      for each row execute function mapping_revisions_append_only()
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mapping_revisions').execute();
  await sql`drop function mapping_revisions_append_only()`.execute(db);
  await db.schema.dropTable('mappings').execute();
}
