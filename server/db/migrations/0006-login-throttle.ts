import { sql, type Kysely } from 'kysely';

/**
 * Failed log-ins counted per network address and per subject (a code's hash, an e-mail
 * address's hash), in the database so the limits hold across restarts and several server
 * processes. And when each session was last used, so a staff session left idle ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('door', 'text', (column) => column.notNull().check(sql`door in ('code', 'staff')`))
    .addColumn('scope', 'text', (column) => column.notNull().check(sql`scope in ('ip', 'subject')`))
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('failures', 'integer', (column) => column.notNull())
    .addColumn('window_started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('locked_until', 'timestamptz')
    // When the window and any lock are over: the row can go (a guesser leaves many behind).
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('login_throttle_key', ['door', 'scope', 'key'])
    .execute();
  await db.schema.createIndex('login_throttle_by_expiry').on('login_throttle').column('expires_at').execute();

  await db.schema.alterTable('sessions').addColumn('last_used_at', 'timestamptz').execute();
  await sql`update sessions set last_used_at = created_at`.execute(db);
  await db.schema.alterTable('sessions').alterColumn('last_used_at', (column) => column.setNotNull()).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('last_used_at').execute();
  await db.schema.dropTable('login_throttle').execute();
}
