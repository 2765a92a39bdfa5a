/**
 * How many wrong secrets the two doors in take before they close for a while, per network
 * address and per subject (the code typed, or the staff account's e-mail address). Only
 * failures count: a reception centre's 50 tablets behind one public address log in freely,
 * while guessing is stopped. Typos in a code never reach the server (its check symbols catch
 * them), so a failure there is a code that is not in force.
 */
export interface ThrottleRule {
  /** Failures within the window that close the door. */
  failures: number;
  windowMs: number;
  /** How long the door stays closed once it has. */
  lockMs: number;
}

export type LoginDoor = 'code' | 'staff';
export type ThrottleScope = 'ip' | 'subject';

const minutes = 60_000;

export const loginThrottlePolicy: Record<LoginDoor, Record<ThrottleScope, ThrottleRule>> = {
  // A code has 50 random bits: at 30 guesses per half hour (15 min of tries, 15 locked), one
  // address finds one of 10 000 codes in force once in ~200 000 years; a tablet room still has
  // room for slips. Per code, 5 an hour: for one code tried from many addresses.
  code: {
    ip: { failures: 30, windowMs: 15 * minutes, lockMs: 15 * minutes },
    subject: { failures: 5, windowMs: 60 * minutes, lockMs: 60 * minutes },
  },
  staff: {
    ip: { failures: 30, windowMs: 15 * minutes, lockMs: 15 * minutes },
    // A password is guessed against one account: 5 tries per quarter hour, then a pause.
    subject: { failures: 5, windowMs: 15 * minutes, lockMs: 15 * minutes },
  },
};

/** Failures counted for one address or subject, as kept between requests. */
export interface ThrottleCount {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export type ThrottleDecision = { kind: 'open' } | { kind: 'locked'; until: Date; retryAfterSeconds: number };

/** Before the secret is checked: closed while the address or the subject is locked (the later lock counts). */
export function throttleDecision(counts: readonly (ThrottleCount | null)[], now: Date): ThrottleDecision {
  const until = counts.reduce<Date | null>((latest, count) => {
    const lockedUntil = count?.lockedUntil ?? null;
    return lockedUntil !== null && lockedUntil > now && (latest === null || lockedUntil > latest) ? lockedUntil : latest;
  }, null);
  if (until === null) return { kind: 'open' };
  return { kind: 'locked', until, retryAfterSeconds: Math.ceil((until.getTime() - now.getTime()) / 1000) };
}

/** After a wrong secret: counted in the current window (a new one after the last has passed or a lock has ended). */
export function afterFailure(rule: ThrottleRule, count: ThrottleCount | null, now: Date): ThrottleCount {
  const windowOver =
    count === null ||
    now.getTime() >= count.windowStartedAt.getTime() + rule.windowMs ||
    (count.lockedUntil !== null && now >= count.lockedUntil);
  const failures = windowOver ? 1 : count.failures + 1;
  const windowStartedAt = windowOver ? now : count.windowStartedAt;
  const lockedUntil = failures >= rule.failures ? new Date(now.getTime() + rule.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

/** When a count no longer matters (its window and any lock are over) and can be forgotten. */
export function countExpiresAt(rule: ThrottleRule, count: ThrottleCount): Date {
  const windowEnd = count.windowStartedAt.getTime() + rule.windowMs;
  return new Date(Math.max(windowEnd, count.lockedUntil?.getTime() ?? 0));
}

/** Retry-After as the API sends it (seconds); a missing or odd one counts as a minute. */
export function retryAfterSecondsFrom(header: string | null): number {
  const seconds = Number(header);
  return header !== null && Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}

/** Whole minutes to wait, for a person's message ("wait 15 minutes"). */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
