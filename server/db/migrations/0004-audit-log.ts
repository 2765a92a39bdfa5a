import { sql, type Kysely } from 'kysely';

/**
 * Who read or changed whose data, when and why: one row per event, written in the same
 * transaction as what it records. No foreign keys: the log must outlive staff accounts and a
 * person's erasure. Nothing is ever changed; only the retention sweep deletes, and only
 * inside a transaction that says so (`set local kompass.retention = 'on'`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    // A snapshot of the member of staff at that time: accounts change area, role and name.
    .addColumn('staff_id', 'uuid')
    .addColumn('staff_name', 'text')
    .addColumn('role', 'text', (column) => column.check(sql`role in ('administrator', 'guide', 'advisor')`))
    .addColumn('area', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull().check(sql`outcome in ('allowed', 'denied', 'failed', 'locked')`))
    .addColumn('person_id', 'uuid')
    .addColumn('purpose', 'text')
    // Method and route pattern (`GET /api/persons/:id`), never the concrete URL.
    .addColumn('route', 'text')
    .addColumn('detail', 'jsonb')
    .execute();
  await db.schema.createIndex('audit_events_by_person').on('audit_events').columns(['person_id', 'at']).execute();
  await db.schema.createIndex('audit_events_by_staff').on('audit_events').columns(['staff_id', 'at']).execute();
  await db.schema.createIndex('audit_events_by_time').on('audit_events').column('at').execute();

  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and current_setting('kompass.retention', true) = 'on' then
        return old;
      end if;
      raise exception 'audit_events is append-only (% refused)', tg_op;
    end $$
  `.execute(db);
  await sql`
    create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only()
  `.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only()
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
  await sql`drop function audit_events_append_only()`.execute(db);
}
