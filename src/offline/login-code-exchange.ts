import { retryAfterSecondsFrom } from '../domain/login-throttle';
import { participantSessionSchema } from '../domain/participant-session';
import type { ExchangeLoginCode } from './draft-credentials';

const requestTimeoutMs = 20_000;

/** POST /api/login/code: the session a participant's code opens, a refusal, not now, or no answer at all. */
export function createCodeExchanger(apiBase: string): ExchangeLoginCode {
  return async (loginCode) => {
    try {
      const response = await fetch(`${apiBase}/api/login/code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: loginCode }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      // 400 too: the server's own check of the code's symbols refused it.
      if (response.status === 401 || response.status === 400) return { kind: 'refused' };
      if (response.status === 429) return { kind: 'too_many_attempts', retryAfterSeconds: retryAfterSecondsFrom(response.headers.get('retry-after')) };
      const session = participantSessionSchema.safeParse(await response.json().catch(() => null));
      return response.ok && session.success ? { kind: 'session', ...session.data } : { kind: 'no_answer' };
    } catch {
      return { kind: 'no_answer' };
    }
  };
}
