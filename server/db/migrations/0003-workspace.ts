import { sql, type Kysely } from 'kysely';

/**
 * The staff workspace: accounts and their sessions, persons with their one mapping, login
 * codes, and the append-only records of remarks, quality assurance, assisted sessions and the
 * career advisor's notes (each row keeps who and when; nothing is updated in place).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('administrator', 'guide', 'advisor')`))
    .addColumn('municipality', 'char(4)')
    .addColumn('county', 'char(2)')
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('active_since', 'timestamptz')
    .addCheckConstraint(
      'staff_area_fits_role',
      sql`(role = 'administrator' and municipality is null and county is null)
       or (role = 'guide' and municipality is not null and county is null)
       or (role = 'advisor' and county is not null and municipality is null)`,
    )
    .execute();

  // The first administrator's setup link and staff invitations: one-time secrets, kept as hashes.
  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('staff_id', 'uuid', (column) => column.references('staff.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('duf_number', 'char(12)', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('municipality', 'char(4)', (column) => column.notNull())
    .addColumn('settled_on', 'date', (column) => column.notNull())
    // One person, one mapping: its id is fixed when the person is registered.
    .addColumn('mapping_id', 'uuid', (column) => column.notNull().unique())
    .addColumn('registered_by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('registered_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('persons_by_municipality').on('persons').columns(['municipality', 'duf_number']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('staff_id', 'uuid', (column) => column.references('staff.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (column) => column.references('persons.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addCheckConstraint('sessions_one_holder', sql`(staff_id is null) <> (person_id is null)`)
    .execute();

  await db.schema
    .createTable('login_codes')
    .addColumn('code_hash', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('created_by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  // At most one code in force per person; a new one revokes the old in the same transaction.
  await sql`create unique index login_codes_one_active on login_codes (person_id) where revoked_at is null`.execute(db);

  await db.schema
    .createTable('remarks')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('part', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('written_by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('written_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('quality_assurances')
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('assisted_sessions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('guide', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('finished_at', 'timestamptz', (column) => column.notNull())
    .addColumn('interpreter_present', 'boolean', (column) => column.notNull())
    .addColumn('language', 'text', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('advisor_notes')
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('wishes', 'text', (column) => column.notNull())
    .addColumn('recommendation', 'text', (column) => column.notNull().check(sql`recommendation in ('work', 'education')`))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('guidance_completed', 'boolean', (column) => column.notNull())
    .addColumn('by', 'uuid', (column) => column.notNull().references('staff.id'))
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('sequence', 'bigserial', (column) => column.notNull())
    .execute();

  // Who sent each revision of a mapping: the person themselves or a member of staff (both null:
  // sent before there were accounts).
  await db.schema
    .alterTable('mapping_revisions')
    .addColumn('sent_by_person', 'uuid', (column) => column.references('persons.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('mapping_revisions').addColumn('sent_by_staff', 'uuid', (column) => column.references('staff.id')).execute();

  // Who and when stay as written: the records of judgement refuse changes.
  await sql`
    create function refuse_update() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$
  `.execute(db);
  for (const table of ['remarks', 'quality_assurances', 'assisted_sessions', 'advisor_notes']) {
    await sql`
      create trigger ${sql.raw(`${table}_no_update`)} before update on ${sql.table(table)}
        for each row execute function refuse_update()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mapping_revisions').dropColumn('sent_by_person').dropColumn('sent_by_staff').execute();
  for (const table of ['advisor_notes', 'assisted_sessions', 'quality_assurances', 'remarks', 'login_codes', 'sessions', 'persons', 'invitations', 'staff']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function refuse_update()`.execute(db);
}
