import { sql, type Kysely, type Selectable } from 'kysely';
import {
  afterFailure,
  countExpiresAt,
  loginThrottlePolicy,
  throttleDecision,
  type LoginDoor,
  type ThrottleCount,
  type ThrottleScope,
} from '../../src/domain/login-throttle';
import { recordAuditEvents, type AuditEvent } from '../audit/audit-log';
import type { DatabaseSchema, LoginThrottleTable } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** One try at a door: from which address, for which subject (a hash: the code's, the e-mail address's). */
export interface LoginAttempt {
  door: LoginDoor;
  ip: string;
  subjectHash: string;
}

/** What checking the secret found: in (with what the door gives), or not (and whose account, when known). */
export type SecretCheck<T> = { kind: 'in'; value: T } | { kind: 'wrong'; staffId?: string | null };

export type ThrottledLogIn<T> = { kind: 'in'; value: T } | { kind: 'wrong' } | { kind: 'locked'; retryAfterSeconds: number };

const scopes: readonly ThrottleScope[] = ['ip', 'subject'];

/**
 * One log-in through the throttle, in one transaction: the address's and the subject's counts
 * are locked first (always in that order, so two log-ins cannot deadlock), so parallel guesses
 * queue instead of all passing the check. A closed door answers without checking the secret;
 * a wrong secret is counted and logged; a right one clears the subject's count.
 */
export async function throttledLogIn<T>(
  db: Db,
  attempt: LoginAttempt,
  now: Date,
  checkSecret: (trx: Db) => Promise<SecretCheck<T>>,
): Promise<ThrottledLogIn<T>> {
  return db.transaction().execute(async (trx) => {
    const counts: (ThrottleCount | null)[] = [];
    for (const scope of scopes) counts.push(await lockedCount(trx, attempt, scope, now));
    const decision = throttleDecision(counts, now);
    if (decision.kind === 'locked') return { kind: 'locked', retryAfterSeconds: decision.retryAfterSeconds };

    const checked = await checkSecret(trx);
    if (checked.kind === 'in') {
      await trx.deleteFrom('login_throttle').where((eb) => eb.and(rowOf(attempt, 'subject'))).execute();
      return checked;
    }
    const events: AuditEvent[] = [failedEvent(attempt, checked.staffId ?? null, now)];
    for (const [index, scope] of scopes.entries()) {
      const rule = loginThrottlePolicy[attempt.door][scope];
      const next = afterFailure(rule, counts[index]!, now);
      await trx
        .updateTable('login_throttle')
        .where((eb) => eb.and(rowOf(attempt, scope)))
        .set({ failures: next.failures, window_started_at: next.windowStartedAt, locked_until: next.lockedUntil, expires_at: countExpiresAt(rule, next) })
        .execute();
      if (next.lockedUntil !== null) events.push(lockedEvent(attempt, scope, next.lockedUntil, now));
    }
    await recordAuditEvents(trx, events);
    await forgetExpired(trx, now);
    return { kind: 'wrong' };
  });
}

function keyOf(attempt: LoginAttempt, scope: ThrottleScope): string {
  return scope === 'ip' ? attempt.ip : attempt.subjectHash;
}

/** The row of this attempt's address or subject. */
function rowOf(attempt: LoginAttempt, scope: ThrottleScope) {
  return { door: attempt.door, scope, key: keyOf(attempt, scope) };
}

/**
 * The count, locked for this transaction. A row is made when there is none, since only an
 * existing row can be locked: an empty count (no failures) is the same as none.
 */
async function lockedCount(trx: Db, attempt: LoginAttempt, scope: ThrottleScope, now: Date): Promise<ThrottleCount | null> {
  const row = await trx
    .insertInto('login_throttle')
    .values({ ...rowOf(attempt, scope), failures: 0, window_started_at: now, locked_until: null, expires_at: now })
    .onConflict((conflict) => conflict.columns(['door', 'scope', 'key']).doUpdateSet({ failures: (eb) => eb.ref('login_throttle.failures') }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return row.failures === 0 ? null : countOf(row);
}

function countOf(row: Selectable<LoginThrottleTable>): ThrottleCount {
  return { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until };
}

/** Counts whose window and lock are over; rows another log-in holds are left for the next sweep. */
async function forgetExpired(trx: Db, now: Date): Promise<void> {
  await sql`
    delete from login_throttle where (door, scope, key) in (
      select door, scope, key from login_throttle where expires_at < ${now} for update skip locked
    )
  `.execute(trx);
}

/** The subject's hash is cut short: enough to tell repeated tries apart, too little to look anything up. */
function detail(attempt: LoginAttempt) {
  return { ip: attempt.ip, subject: attempt.subjectHash.slice(0, 8) };
}

function failedEvent(attempt: LoginAttempt, staffId: string | null, now: Date): AuditEvent {
  return { at: now, staffId, action: `${attempt.door}_login_failed`, outcome: 'failed', detail: detail(attempt) };
}

function lockedEvent(attempt: LoginAttempt, scope: ThrottleScope, until: Date, now: Date): AuditEvent {
  return { at: now, staffId: null, action: 'login_locked', outcome: 'locked', detail: { ...detail(attempt), door: attempt.door, scope, until: until.toISOString() } };
}
