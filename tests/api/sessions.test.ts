import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/auth/secrets';
import { startTestServer } from './support/test-server';
import { bearer, participantSession, staffSession } from './support/workspace';

/**
 * Sessions are bearer tokens: a staff session left unused ends (a workspace open on a shared
 * computer), a participant's stays for its month (their device sends drafts, offline for weeks).
 */

let clock = new Date('2031-05-05T08:00:00.000Z');
const tick = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});

afterAll(async () => {
  await server?.close();
});

const area = { role: 'guide', municipality: '4601' } as const;
const me = (token: string) => server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) });

async function lastUsedAt(token: string): Promise<Date> {
  const { rows } = await sql<{ last_used_at: Date }>`select last_used_at from sessions where token_hash = ${hashSecret(token)}`.execute(server.database.db);
  return new Date(rows[0]!.last_used_at);
}

describe('staff sessions', () => {
  it('end after 30 minutes unused, for good', async () => {
    const { token } = await staffSession(server, area);
    tick(30);
    expect((await me(token)).statusCode).toBe(200);
    tick(31);
    const ended = await me(token);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().error.code).toBe('unauthorized');
    tick(-31);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('stay while used, up to their 12 hours', async () => {
    const { token } = await staffSession(server, area);
    for (let use = 0; use < 35; use++) {
      tick(20);
      expect((await me(token)).statusCode).toBe(200);
    }
    tick(20);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('are marked as used at most once a minute', async () => {
    const { token } = await staffSession(server, area);
    const loggedIn = await lastUsedAt(token);
    tick(0.5);
    await me(token);
    expect(await lastUsedAt(token)).toEqual(loggedIn);
    tick(0.5);
    await me(token);
    expect(await lastUsedAt(token)).toEqual(clock);
  });

  it('end after the idle time a deployment chooses (STAFF_IDLE_MINUTES)', async () => {
    const own = await startTestServer({ now: () => clock, app: { staffIdleMs: 5 * 60_000 } });
    try {
      const { token } = await staffSession(own, area);
      tick(5);
      expect((await own.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(200);
      tick(6);
      expect((await own.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe('participant sessions', () => {
  it('stay for their 30 days however long the device is away', async () => {
    const guide = await staffSession(server, area);
    const participant = await participantSession(server, guide.token);
    tick(29 * 24 * 60);
    expect((await me(participant.token)).statusCode).toBe(200);
    tick(24 * 60);
    expect((await me(participant.token)).statusCode).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('get no CORS permission: a page elsewhere can neither read the API nor send a session with it', async () => {
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/me',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    const simple = await server.app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://elsewhere.example' } });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });
});
