import type { Kysely } from 'kysely';
import type { Actor } from '../../src/domain/access';
import type { DatabaseSchema } from '../db/schema';
import { hashSecret, newSecret } from './secrets';

/** A working day for staff; a participant's device keeps sending for a month (a mapping takes several sittings). */
export const sessionLifetimeMs = { staff: 12 * 3600_000, participant: 30 * 24 * 3600_000 } as const;

export type SessionHolder = { staffId: string } | { personId: string };

export async function startSession(
  db: Kysely<DatabaseSchema>,
  holder: SessionHolder,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const isStaff = 'staffId' in holder;
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs[isStaff ? 'staff' : 'participant']);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(token),
      staff_id: isStaff ? holder.staffId : null,
      person_id: isStaff ? null : holder.personId,
      created_at: now,
      expires_at: expiresAt,
      last_used_at: now,
    })
    .execute();
  return { token, expiresAt };
}

export async function endSession(db: Kysely<DatabaseSchema>, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: now }).where('token_hash', '=', hashSecret(token)).execute();
}

/**
 * A staff session left alone this long ends: a workspace left open on a shared computer. A
 * participant's does not: their device sends drafts, offline for weeks, with it.
 */
export const defaultStaffIdleMs = 30 * 60_000;

/** Marking a session as used is a write: once a minute is precise enough for an idle limit of minutes. */
const lastUsedPrecisionMs = 60_000;

/**
 * Who holds this token now, or null when it is unknown, ended, expired or (staff) idle too
 * long, or the account not yet active. An idle staff session is ended for good.
 */
export async function actorOfSession(db: Kysely<DatabaseSchema>, token: string, now: Date, staffIdleMs = defaultStaffIdleMs): Promise<Actor | null> {
  const tokenHash = hashSecret(token);
  const session = await db
    .selectFrom('sessions')
    .leftJoin('staff', 'staff.id', 'sessions.staff_id')
    .leftJoin('persons', 'persons.id', 'sessions.person_id')
    .select([
      'sessions.staff_id',
      'sessions.person_id',
      'staff.role',
      'staff.municipality',
      'staff.county',
      'staff.active_since',
      'persons.mapping_id',
      'sessions.last_used_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.ended_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!session) return null;
  const idleMs = now.getTime() - session.last_used_at.getTime();
  if (session.staff_id !== null && idleMs > staffIdleMs) {
    await db.updateTable('sessions').set({ ended_at: now }).where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (idleMs >= lastUsedPrecisionMs) await db.updateTable('sessions').set({ last_used_at: now }).where('token_hash', '=', tokenHash).execute();
  if (session.person_id !== null && session.mapping_id !== null) {
    return { kind: 'participant', personId: session.person_id, mappingId: session.mapping_id };
  }
  if (session.staff_id === null || session.active_since === null) return null;
  switch (session.role) {
    case 'administrator':
      return { kind: 'staff', staffId: session.staff_id, role: 'administrator' };
    case 'guide':
      return { kind: 'staff', staffId: session.staff_id, role: 'guide', municipality: session.municipality! };
    case 'advisor':
      return { kind: 'staff', staffId: session.staff_id, role: 'advisor', county: session.county! };
    default:
      return null;
  }
}
