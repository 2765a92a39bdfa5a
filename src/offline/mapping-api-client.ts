import type { PutMappingBody } from '../domain/mapping-api';

export interface SendResult {
  /** HTTP status, or null when no answer came (offline, server down, timeout). */
  status: number | null;
  retryAfter: string | null;
}

export type SendMapping = (id: string, body: PutMappingBody) => Promise<SendResult>;

const requestTimeoutMs = 20_000;

export function createMappingSender(apiBase: string): SendMapping {
  return async (id, body) => {
    try {
      const response = await fetch(`${apiBase}/api/mappings/${encodeURIComponent(id)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after') };
    } catch {
      // No answer at all; the outcome is the same whatever the cause: try again later.
      return { status: null, retryAfter: null };
    }
  };
}
