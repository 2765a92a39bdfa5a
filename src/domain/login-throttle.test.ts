import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  countExpiresAt,
  loginThrottlePolicy,
  minutesToWait,
  retryAfterSecondsFrom,
  throttleDecision,
  type ThrottleCount,
} from './login-throttle';

const start = new Date('2026-11-02T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const rule = loginThrottlePolicy.staff.subject;

/** `times` failures, one a minute from `from`. */
function fail(times: number, from = 0, count: ThrottleCount | null = null): ThrottleCount | null {
  for (let i = 0; i < times; i++) count = afterFailure(rule, count, at(from + i));
  return count;
}

describe('login throttle', () => {
  it('stays open below the limit and locks at it, until the lock ends', () => {
    const four = fail(4);
    expect(throttleDecision([four], at(4))).toEqual({ kind: 'open' });
    const five = fail(1, 4, four);
    expect(five).toMatchObject({ failures: 5, lockedUntil: at(4 + 15) });
    expect(throttleDecision([five], at(5))).toEqual({ kind: 'locked', until: at(19), retryAfterSeconds: 14 * 60 });
    expect(throttleDecision([five], at(19))).toEqual({ kind: 'open' });
  });

  it('counts only within the window: failures spread out never lock', () => {
    let count: ThrottleCount | null = null;
    for (let i = 0; i < 20; i++) count = afterFailure(rule, count, at(i * 4));
    expect(count?.lockedUntil).toBeNull();
  });

  it('gives a fresh count once a lock has ended', () => {
    const locked = fail(5);
    const after = afterFailure(rule, locked, at(20));
    expect(after).toEqual({ failures: 1, windowStartedAt: at(20), lockedUntil: null });
  });

  it('is closed while either the address or the subject is locked, until the later lock ends', () => {
    const subject = fail(5);
    const ip = afterFailure({ failures: 1, windowMs: 60 * 60_000, lockMs: 60 * 60_000 }, null, at(2));
    const decision = throttleDecision([ip, null, subject], at(5));
    expect(decision).toMatchObject({ kind: 'locked', until: at(62) });
    expect(throttleDecision([null, null], at(5))).toEqual({ kind: 'open' });
  });

  it('forgets a count once its window and lock are over', () => {
    expect(countExpiresAt(rule, fail(1)!)).toEqual(at(15));
    expect(countExpiresAt(rule, fail(5)!)).toEqual(at(19));
  });

  it('says the wait in whole minutes, at least one', () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(3600)).toBe(60);
  });

  it('reads Retry-After as seconds, and a missing or odd one as a minute', () => {
    expect(retryAfterSecondsFrom('900')).toBe(900);
    for (const odd of [null, '', '0', '-5', '1.5', 'Wed, 21 Oct 2026 07:28:00 GMT']) expect(retryAfterSecondsFrom(odd)).toBe(60);
  });
});
