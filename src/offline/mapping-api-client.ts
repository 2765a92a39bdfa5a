import { putMappingsBatchReplySchema, type PutMappingBody, type PutMappingsBatchBody, type PutMappingsBatchReply } from '../domain/mapping-api';

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

export interface BatchSendResult extends SendResult {
  /** Per mapping, when the server answered the batch; null otherwise. */
  results: PutMappingsBatchReply['results'] | null;
}

export type SendMappings = (mappings: PutMappingsBatchBody['mappings']) => Promise<BatchSendResult>;

/** Several drafts in one request (POST /api/mappings/batch), for a phone with many queued. */
export function createBatchSender(apiBase: string): SendMappings {
  return async (mappings) => {
    try {
      const response = await fetch(`${apiBase}/api/mappings/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mappings }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const retryAfter = response.headers.get('retry-after');
      if (!response.ok) return { status: response.status, retryAfter, results: null };
      const reply = putMappingsBatchReplySchema.safeParse(await response.json());
      // An answer that cannot be read says nothing about what was stored: as if none came.
      return reply.success ? { status: response.status, retryAfter, results: reply.data.results } : { status: null, retryAfter: null, results: null };
    } catch {
      return { status: null, retryAfter: null, results: null };
    }
  };
}
