import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnvironment } from '../../server/config';
import { apiErrorSchema } from '../../src/domain/mapping-api';
import { startTestServer } from './support/test-server';
import { bearer, issueCode, participantSession, registerPerson, staffSession } from './support/workspace';

/** What the built app needs, no more (see server/security-headers.ts); the e2e walks check the real build under it. */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

/** Words that tell an attacker what runs inside: stack frames, SQL, paths, libraries. */
const internals = /\bat \S+ \(|\/work\/|node_modules|\.ts\b|\bselect\b|\binsert\b|\brelation\b|kysely|pglite|postgres|fastify|zod|stack|FST_/i;

let server: Awaited<ReturnType<typeof startTestServer>>;
/** Every log line the server wrote, as written. */
const logLines: string[] = [];

beforeAll(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'kompass-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Kompass</title>');
  server = await startTestServer({ staticDir, app: { logLevel: 'info', logStream: { write: (line: string) => void logLines.push(line) } } });
});

afterAll(async () => {
  await server?.close();
});

describe('security headers', () => {
  it('the app’s page: a strict policy with no inline script, HSTS, no referrer, no framing, no camera, microphone or location', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/some/page' });
    expect(page.statusCode).toBe(200);
    expect(page.headers).toMatchObject({
      'content-security-policy': contentSecurityPolicy,
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      'cache-control': 'no-cache',
    });
  });

  it('the API’s answers, which carry personal data, are kept by no cache; its description still answers', async () => {
    for (const url of ['/api/health', '/api/me', '/api/docs', '/api/nothing-here']) {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
    }
    const docs = await server.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.json().paths['/api/login/code'].post.responses).toHaveProperty('429');
  });
});

describe('errors', () => {
  /** The one error shape, and nothing in it about what runs inside. */
  function expectPlainError(response: { statusCode: number; body: string; json: () => unknown }, status: number, code: string) {
    expect(response.statusCode).toBe(status);
    const body = apiErrorSchema.strict().parse(response.json());
    expect(body.error.code).toBe(code);
    expect(response.body).not.toMatch(internals);
  }

  const post = (payload: string, contentType: string) =>
    server.app.inject({ method: 'POST', url: '/api/login/code', headers: { 'content-type': contentType }, payload });

  it('malformed JSON: 400', async () => {
    expectPlainError(await post('{"code": "K7QM-', 'application/json'), 400, 'invalid_request');
  });

  it('a body that is not JSON: 415, a form from another site included', async () => {
    expectPlainError(await post('code=K7QM2XRD9PH4', 'application/x-www-form-urlencoded'), 415, 'invalid_request');
    expectPlainError(await post('{"code": "K7QM2XRD9PH4"}', 'text/plain'), 415, 'invalid_request');
    expectPlainError(await post('<code/>', 'application/xml'), 415, 'invalid_request');
  });

  it('a body past 256 KB: 413', async () => {
    expectPlainError(await post(JSON.stringify({ code: 'x'.repeat(300 * 1024) }), 'application/json'), 413, 'invalid_request');
  });

  it('an unknown address or a parameter far too long: 404', async () => {
    expectPlainError(await server.app.inject({ method: 'GET', url: '/api/no/such/route' }), 404, 'not_found');
    expectPlainError(await server.app.inject({ method: 'DELETE', url: '/api/health' }), 404, 'not_found');
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    expectPlainError(await server.app.inject({ method: 'GET', url: `/api/persons/${'a'.repeat(500)}`, headers: bearer(guide.token) }), 404, 'not_found');
  });

  it('a database fault: 500 that says nothing of it, and a log line that keeps only its code', async () => {
    const ownLog: string[] = [];
    const own = await startTestServer({ empty: true, app: { logLevel: 'error', logStream: { write: (line: string) => void ownLog.push(line) } } });
    try {
      const guide = await staffSession(own, { role: 'guide', municipality: '4601' });
      const person = await registerPerson(own, guide.token, { name: 'Amina Feil' });
      // A column the list reads is gone: the query fails inside the database.
      await sql`alter table persons rename column settled_on to settled`.execute(own.database.db);
      expectPlainError(await own.app.inject({ method: 'GET', url: '/api/persons', headers: bearer(guide.token) }), 500, 'internal_error');
      const logged = ownLog.join('\n');
      expect(logged).toContain('"code":"42703"');
      expect(logged).not.toContain('settled_on');
      expect(logged).not.toContain(person.dufNumber);
      expect(logged).not.toContain('Amina Feil');
    } finally {
      await own.close();
    }
  });
});

describe('the log', () => {
  it('keeps method, route pattern, status and time of each request: no token, DUF number, name, code or e-mail address', async () => {
    logLines.length = 0;
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token, { name: 'Nour Loggfri' });
    const code = await issueCode(server, guide.token, person.id);
    const participant = await participantSession(server, guide.token);
    await server.app.inject({ method: 'POST', url: '/api/login/code', payload: { code } });
    await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(guide.token) });
    await server.app.inject({ method: 'GET', url: `/api/persons?limit=1&after=${person.id}`, headers: bearer(guide.token) });
    await server.app.inject({ method: 'GET', url: `/api/persons/${person.dufNumber}`, headers: bearer(guide.token) });
    await server.app.inject({ method: 'GET', url: `/api/me?duf=${person.dufNumber}`, headers: bearer(participant.token) });

    const log = logLines.join('\n');
    for (const secret of [guide.token, participant.token, code, code.replaceAll('-', ''), person.dufNumber, 'Nour Loggfri', person.id]) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/kommune\.example/);
    const requests = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request completed');
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const line of requests) {
      expect(Object.keys(line).filter((key) => !['level', 'time', 'pid', 'hostname', 'reqId', 'msg'].includes(key)).toSorted()).toEqual([
        'method',
        'ms',
        'route',
        'status',
      ]);
    }
    expect(requests).toContainEqual(expect.objectContaining({ method: 'GET', route: '/api/persons/:id', status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', route: '/api/login/code', status: 200 }));
  });
});

describe('settings from the environment', () => {
  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names; STAFF_IDLE_MINUTES in minutes', () => {
    const settings = (env: NodeJS.ProcessEnv) => configFromEnvironment(env, '/srv/kompass');
    expect(settings({}).trustProxy).toBe(false);
    expect(settings({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(settings({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(settings({}).staffIdleMs).toBe(30 * 60_000);
    expect(settings({ STAFF_IDLE_MINUTES: '10' }).staffIdleMs).toBe(10 * 60_000);
    expect(() => settings({ STAFF_IDLE_MINUTES: 'half an hour' })).toThrow(/STAFF_IDLE_MINUTES/);
  });
});
