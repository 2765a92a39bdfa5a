import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { purposeHeader } from '../../../src/domain/audit-api';
import { changedText, fieldChanges, hostileString, hostileTexts, oddContentTypes, wholeChanges, type DocumentChange } from '../../../src/domain/hostile-input';

/**
 * One hostile change to an API request that was valid: its body changed (see
 * DocumentChange), its content type swapped, or a hostile `:id` or query string.
 */
export type Mutation =
  | DocumentChange
  | { kind: 'contentType'; contentType: string }
  | { kind: 'param'; at: number; value: string }
  | { kind: 'query'; query: string }
  | { kind: 'purpose'; purpose: string };

/** A request that reaches the handler: its `:id`, query and body are each optional. */
export interface ValidRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The session to send with (most routes use the route's own actor). */
  token?: string;
}

export interface RouteInputs {
  body: boolean;
  params: boolean;
  query: boolean;
}

const at = fc.nat();
/** Every UTF-8 byte percent-encoded (encodeURIComponent throws on a lone surrogate; this sends U+FFFD's bytes). */
const percentEncoded = (text: string) => Array.from(Buffer.from(text), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
const hostileQuery = fc.oneof(
  fc.constantFrom('limit=1&limit=2', 'limit=1e309', 'limit=-1', 'limit=0x10', 'limit=%00', 'after=%ff', 'after[]=1', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '%', '&&&==', `after=${'9'.repeat(10_000)}`),
  hostileString.map((text) => `after=${percentEncoded(text)}&limit=${percentEncoded(text)}`),
  fc.string({ unit: 'binary', maxLength: 30 }).map((text) => `limit=${text}`),
);
const hostileParam = fc.oneof(
  hostileString.map(percentEncoded),
  fc.constantFrom('%ff', '%', '..%2F..%2Fapi%2Fstaff', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '%00', '\'%20or%201=1'),
  fc.uuid(),
);

/** Why staff open a person's data, as a header: only what a header can carry (Node refuses the rest before sending). */
const hostilePurpose = fc.constantFrom(
  ...hostileTexts.filter((text) => /^[\x20-\x7e]*$/.test(text)),
  'REGISTRATION',
  'registration, guidance',
  'registration ',
);

export function mutations(inputs: RouteInputs): fc.Arbitrary<Mutation> {
  const kinds: fc.Arbitrary<Mutation>[] = [...wholeChanges, fc.record({ kind: fc.constant('purpose' as const), purpose: hostilePurpose })];
  if (inputs.body) kinds.push(...fieldChanges, fc.record({ kind: fc.constant('contentType' as const), contentType: fc.constantFrom(...oddContentTypes) }));
  if (inputs.params) kinds.push(fc.record({ kind: fc.constant('param' as const), at, value: hostileParam }));
  if (inputs.query) kinds.push(fc.record({ kind: fc.constant('query' as const), query: hostileQuery }));
  return fc.oneof(...kinds);
}

/** The request to inject, and the hostile text a 2xx must have stored as it was sent. */
export function hostileRequest(
  route: { method: string; url: string },
  valid: ValidRequest,
  mutation: Mutation,
): { request: InjectOptions; placed?: string } {
  const names = route.url.match(/(?<=:)\w+/g) ?? [];
  const hostileName = mutation.kind === 'param' ? names[mutation.at % names.length] : undefined;
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => (name === hostileName ? (mutation as { value: string }).value : valid.params![name]!));
  const query =
    mutation.kind === 'query' ? mutation.query : valid.query ? new URLSearchParams(valid.query).toString() : '';
  const isBodyChange = mutation.kind !== 'contentType' && mutation.kind !== 'param' && mutation.kind !== 'query' && mutation.kind !== 'purpose';
  const { text, placed } = isBodyChange
    ? changedText(valid.body, mutation)
    : { text: valid.body === undefined ? undefined : JSON.stringify(valid.body), placed: undefined };
  const payload = typeof text === 'string' || text === undefined ? text : Buffer.from(text);
  const contentType = mutation.kind === 'contentType' ? mutation.contentType : 'application/json';
  const headers: Record<string, string> = valid.token ? { authorization: `Bearer ${valid.token}` } : {};
  if (payload !== undefined) headers['content-type'] = contentType;
  if (mutation.kind === 'purpose') headers[purposeHeader] = mutation.purpose;
  return {
    request: { method: route.method as InjectOptions['method'], url: query ? `${path}?${query}` : path, headers, payload },
    placed,
  };
}

/** A request as one short line, for the list of failures. */
export function describeRequest(request: InjectOptions): string {
  const payload = request.payload;
  const text = Buffer.isBuffer(payload) ? `bytes ${payload.toString('hex').slice(0, 120)}` : String(payload ?? '');
  const shortUrl = String(request.url).slice(0, 160);
  const type = (request.headers as Record<string, string>)['content-type'] ?? '-';
  return `${request.method} ${shortUrl} [${type}] ${text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text}`;
}
