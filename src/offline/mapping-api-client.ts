import {
  apiErrorSchema,
  mappingConflictSchema,
  putMappingsBatchReplySchema,
  type ConflictCopies,
  type PutMappingBody,
  type PutMappingsBatchBody,
  type PutMappingsBatchReply,
} from '../domain/mapping-api';

/** The server's reason for refusing a draft, as far as it gave one. */
export interface Refusal {
  message: string;
  fields: { path: string; message: string }[];
}

export interface SendResult {
  /** HTTP status, or null when no (readable) answer came: offline, server down, timeout. */
  status: number | null;
  retryAfter: string | null;
  /** With a 409: the server's current copy and the common base, to merge with. */
  conflict?: ConflictCopies;
  /** With a refusal (4xx): why. */
  refusal?: Refusal;
}

export type SendMapping = (id: string, body: PutMappingBody, token: string) => Promise<SendResult>;

/** How long a device waits for the server's answer to a draft before it counts as no answer. */
export const requestTimeoutMs = 20_000;
const noAnswer: SendResult = { status: null, retryAfter: null };

async function readRefusal(response: Response): Promise<Refusal> {
  const body = apiErrorSchema.safeParse(await response.json().catch(() => null));
  return body.success
    ? { message: body.data.error.message, fields: body.data.error.fields ?? [] }
    : { message: `HTTP ${response.status}`, fields: [] };
}

export function createMappingSender(apiBase: string): SendMapping {
  return async (id, body, token) => {
    try {
      const response = await fetch(`${apiBase}/api/mappings/${encodeURIComponent(id)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const answered = { status: response.status, retryAfter: response.headers.get('retry-after') };
      if (response.status === 409) {
        const conflict = mappingConflictSchema.safeParse(await response.json());
        // A conflict without the copies cannot be merged; as if no answer had come.
        return conflict.success ? { ...answered, conflict: conflict.data } : noAnswer;
      }
      if (response.status >= 400 && response.status < 500) return { ...answered, refusal: await readRefusal(response) };
      // Read to the end: a body left unread keeps the request open until the timeout aborts it.
      await response.arrayBuffer().catch(() => undefined);
      return answered;
    } catch {
      // No answer at all; the outcome is the same whatever the cause: try again later.
      return noAnswer;
    }
  };
}

export interface BatchSendResult extends SendResult {
  /** Per mapping, when the server answered the batch; null otherwise. */
  results: PutMappingsBatchReply['results'] | null;
}

export type SendMappings = (mappings: PutMappingsBatchBody['mappings'], token: string) => Promise<BatchSendResult>;

/** Several drafts in one request (POST /api/mappings/batch), for a phone with many queued. */
export function createBatchSender(apiBase: string): SendMappings {
  return async (mappings, token) => {
    try {
      const response = await fetch(`${apiBase}/api/mappings/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ mappings }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const retryAfter = response.headers.get('retry-after');
      if (!response.ok) return { status: response.status, retryAfter, results: null };
      const reply = putMappingsBatchReplySchema.safeParse(await response.json());
      // An answer that cannot be read says nothing about what was stored: as if none came.
      return reply.success ? { status: response.status, retryAfter, results: reply.data.results } : { ...noAnswer, results: null };
    } catch {
      return { ...noAnswer, results: null };
    }
  };
}
