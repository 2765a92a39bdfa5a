import type { z } from 'zod';
import { purposeHeader, type AuditPurpose } from '../domain/audit-api';
import { retryAfterSecondsFrom } from '../domain/login-throttle';
import { apiErrorSchema, type ApiErrorCode } from '../domain/mapping-api';

/** The server's refusal (or no answer: status null), with its code for a translated message. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number | null,
    readonly code: ApiErrorCode | 'offline',
    message: string,
    readonly fields: { path: string; message: string }[] = [],
    /** The whole body, for replies that carry more than the error (409 already_registered). */
    readonly body: unknown = null,
    /** How long the server asks to wait before trying again (429), in seconds. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export interface ApiRequest<T> {
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The session's token; omitted for the doors in (logging in, setup). */
  token?: string | null;
  /** What a 2xx answer must look like; omitted for answers without a body (204). */
  reply?: z.ZodType<T>;
  /** Why staff open a person's data, for the audit log; omitted when it is not plain. */
  purpose?: AuditPurpose;
}

const requestTimeoutMs = 20_000;

/** One call to the Kompass API: JSON in, a checked reply out, every failure an ApiRequestError. */
export async function apiRequest<T = null>({ path, method = 'GET', body, token, reply, purpose }: ApiRequest<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(purpose ? { [purposeHeader]: purpose } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch {
    throw new ApiRequestError(null, 'offline', 'No answer from the server');
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(json);
    if (!error.success) throw new ApiRequestError(response.status, 'internal_error', `HTTP ${response.status}`, [], json);
    const retryAfter = response.status === 429 ? retryAfterSecondsFrom(response.headers.get('retry-after')) : null;
    throw new ApiRequestError(response.status, error.data.error.code, error.data.error.message, error.data.error.fields, json, retryAfter);
  }
  if (reply === undefined) return null as T;
  const parsed = reply.safeParse(json);
  if (!parsed.success) throw new ApiRequestError(response.status, 'internal_error', 'The answer was not as expected');
  return parsed.data;
}
