import type { Kysely, Selectable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { County } from '../../src/domain/areas';
import type { InviteStaffBody, StaffArea, StaffMember, StaffSession } from '../../src/domain/workspace-api';
import { hashPassword, hashSecret, newSecret, passwordMatches } from '../auth/secrets';
import { startSession } from '../auth/sessions';
import type { DatabaseSchema, StaffTable } from '../db/schema';
import type { SecretCheck } from './login-throttle';

type Db = Kysely<DatabaseSchema>;

/** Long enough to pass a link on by hand; short enough that a forgotten one dies. */
const invitationLifetimeMs = 7 * 24 * 3600_000;

function staffMember(row: Selectable<StaffTable>): StaffMember {
  const common = {
    id: row.id,
    name: row.name,
    email: row.email,
    activeSince: row.active_since?.toISOString() ?? null,
  };
  if (row.role === 'guide') return { ...common, role: 'guide', municipality: row.municipality! };
  // The database's check constraint and the invitation's schema keep the area valid.
  if (row.role === 'advisor') return { ...common, role: 'advisor', county: row.county as County };
  return { ...common, role: 'administrator' };
}

function areaColumns(area: StaffArea) {
  return {
    role: area.role,
    municipality: area.role === 'guide' ? area.municipality : null,
    county: area.role === 'advisor' ? area.county : null,
  };
}

/**
 * While no administrator exists, a fresh one-time setup link (any older one stops working).
 * Null once the first administrator has been created.
 */
export async function setupTokenIfNeeded(db: Db, now: Date): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const administrator = await trx.selectFrom('staff').select('id').where('role', '=', 'administrator').executeTakeFirst();
    if (administrator) return null;
    await trx.deleteFrom('invitations').where('staff_id', 'is', null).execute();
    const token = newSecret();
    await trx
      .insertInto('invitations')
      .values({ token_hash: hashSecret(token), staff_id: null, created_at: now, expires_at: new Date(now.getTime() + invitationLifetimeMs) })
      .execute();
    return token;
  });
}

export type AccountOutcome = { kind: 'done'; staff: StaffMember } | { kind: 'link_not_valid' } | { kind: 'email_taken' };

async function usableInvitation(db: Db, token: string, now: Date) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function createFirstAdministrator(
  db: Db,
  body: { setupToken: string; name: string; email: string; password: string },
  now: Date,
): Promise<AccountOutcome> {
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    const invitation = await usableInvitation(trx, body.setupToken, now);
    if (!invitation || invitation.staff_id !== null) return { kind: 'link_not_valid' };
    const taken = await trx.selectFrom('staff').select('id').where('email', '=', body.email).executeTakeFirst();
    if (taken) return { kind: 'email_taken' };
    const row = await trx
      .insertInto('staff')
      .values({
        id: uuidv7(),
        email: body.email,
        name: body.name,
        ...areaColumns({ role: 'administrator' }),
        password_hash: passwordHash,
        created_at: now,
        active_since: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('invitations').set({ used_at: now }).where('token_hash', '=', invitation.token_hash).execute();
    return { kind: 'done', staff: staffMember(row) };
  });
}

export async function inviteStaff(
  db: Db,
  body: InviteStaffBody,
  now: Date,
): Promise<{ kind: 'invited'; staff: StaffMember; inviteToken: string; expiresAt: Date } | { kind: 'email_taken' }> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('staff').select('id').where('email', '=', body.email).executeTakeFirst();
    if (taken) return { kind: 'email_taken' as const };
    const row = await trx
      .insertInto('staff')
      .values({ id: uuidv7(), email: body.email, name: body.name, ...areaColumns(body), password_hash: null, created_at: now, active_since: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    const inviteToken = newSecret();
    const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
    await trx
      .insertInto('invitations')
      .values({ token_hash: hashSecret(inviteToken), staff_id: row.id, created_at: now, expires_at: expiresAt })
      .execute();
    return { kind: 'invited' as const, staff: staffMember(row), inviteToken, expiresAt };
  });
}

export async function acceptInvitation(db: Db, body: { inviteToken: string; password: string }, now: Date): Promise<AccountOutcome> {
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    const invitation = await usableInvitation(trx, body.inviteToken, now);
    if (!invitation || invitation.staff_id === null) return { kind: 'link_not_valid' };
    const row = await trx
      .updateTable('staff')
      .set({ password_hash: passwordHash, active_since: now })
      .where('id', '=', invitation.staff_id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('invitations').set({ used_at: now }).where('token_hash', '=', invitation.token_hash).execute();
    return { kind: 'done', staff: staffMember(row) };
  });
}

/** A session for the right password of an active account; otherwise wrong (with the account's id, when there is one). */
export async function logInStaff(db: Db, email: string, password: string, now: Date): Promise<SecretCheck<StaffSession>> {
  const row = await db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirst();
  const matches = await passwordMatches(row?.password_hash ?? null, password);
  if (!row || !matches || row.active_since === null) return { kind: 'wrong', staffId: row?.id ?? null };
  return { kind: 'in', value: await openStaffSession(db, staffMember(row), now) };
}

/** A new session for a member of staff, as the API answers a log-in (also after setup or an invitation). */
export async function openStaffSession(db: Db, staff: StaffMember, now: Date): Promise<StaffSession> {
  const session = await startSession(db, { staffId: staff.id }, now);
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff };
}

export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db.selectFrom('staff').selectAll().orderBy('name').orderBy('email').execute();
  return rows.map(staffMember);
}

export async function staffById(db: Db, id: string): Promise<StaffMember | null> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? staffMember(row) : null;
}
