import { describe, expect, it } from 'vitest';
import { classifySendResult, parseRetryAfter, retryCapMs, retryDelayMs } from './sync-policy';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('classifying a send attempt', () => {
  it('counts any 2xx as sent', () => {
    expect(classifySendResult(200, null, now)).toEqual({ kind: 'sent' });
  });

  it('retries when no answer came, on server errors, timeouts and rate limits', () => {
    expect(classifySendResult(null, null, now)).toEqual({ kind: 'retry', retryAfterMs: null });
    expect(classifySendResult(503, '30', now)).toEqual({ kind: 'retry', retryAfterMs: 30_000 });
    expect(classifySendResult(408, null, now).kind).toBe('retry');
    expect(classifySendResult(429, null, now).kind).toBe('retry');
  });

  it('merges on a conflict, and pauses everything when nobody is signed in', () => {
    expect(classifySendResult(409, null, now)).toEqual({ kind: 'conflict' });
    expect(classifySendResult(401, null, now)).toEqual({ kind: 'signed_out' });
  });

  it('takes drafts the server will never accept out of the queue instead of retrying forever', () => {
    for (const status of [400, 403, 404, 413, 422]) expect(classifySendResult(status, null, now)).toEqual({ kind: 'quarantine', status });
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('backoff', () => {
  it('waits a random time below a ceiling that doubles with each failure', () => {
    expect(retryDelayMs(1, 0.999)).toBeLessThan(1_000);
    expect(retryDelayMs(2, 0.999)).toBeLessThan(2_000);
    expect(retryDelayMs(2, 0.999)).toBeGreaterThan(1_000);
    expect(retryDelayMs(4, 0.5)).toBe(4_000);
    expect(retryDelayMs(1, 0)).toBe(0);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(50, 0.999)).toBeLessThan(retryCapMs);
  });

  it('waits at least as long as the server asked', () => {
    expect(retryDelayMs(1, 0, 30_000)).toBe(30_000);
  });
});
