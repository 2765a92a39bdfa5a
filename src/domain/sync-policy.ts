/**
 * How the sync runner reacts to one attempt to send a draft. Kept free of I/O so every
 * branch is tested without a network.
 */
export type SendOutcome =
  | { kind: 'sent' }
  /** Worth trying again later: the network, the server or a rate limit stood in the way. */
  | { kind: 'retry'; retryAfterMs: number | null }
  /** Another device wrote since this one's base: merge with the server's copy and send again. */
  | { kind: 'conflict' }
  /** Nobody is signed in any more: all sending waits until someone is; no draft is touched. */
  | { kind: 'signed_out' }
  /** The server will never take this revision as it is: out of the queue, for a person to look at. */
  | { kind: 'quarantine'; status: number };

/** Classifies an HTTP status (or `null` when no answer came) into what to do next. */
export function classifySendResult(status: number | null, retryAfterHeader: string | null, nowMs: number): SendOutcome {
  if (status === null) return { kind: 'retry', retryAfterMs: null };
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 401) return { kind: 'signed_out' };
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'retry', retryAfterMs: parseRetryAfter(retryAfterHeader, nowMs) };
  }
  return { kind: 'quarantine', status };
}

/** `Retry-After` is either seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const dateMs = Date.parse(trimmed);
  return Number.isNaN(dateMs) ? null : Math.max(0, dateMs - nowMs);
}

const retryBaseMs = 1_000;
export const retryCapMs = 5 * 60_000;

/**
 * Exponential backoff with full jitter: a random wait between 0 and base·2^attempt (capped),
 * so a whole reception centre coming online at once does not knock in step.
 * `random` is a number in [0, 1).
 */
export function retryDelayMs(failedAttempts: number, random: number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, failedAttempts - 1));
  const jittered = Math.floor(random * ceiling);
  return retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, retryCapMs));
}
