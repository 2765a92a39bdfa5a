import { randomBytes, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptInvitation, inviteStaff } from '../../server/services/staff';
import { formatLoginCode, makeLoginCode } from '../../src/domain/login-code';
import { startTestServer } from './support/test-server';
import { issueCode, newEmail, password, registerPerson, staffSession } from './support/workspace';

/**
 * The two doors in close after too many wrong secrets: per network address and per code or
 * account. Every test knocks from addresses of its own (documentation ranges), so the counts
 * of one test, or of an earlier run on a shared PostgreSQL database, never meet another's.
 */

let clock = new Date('2031-03-03T08:00:00.000Z');
const tick = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
let server: Awaited<ReturnType<typeof startTestServer>>;
let guide: { token: string };

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});

// The clock jumps by up to an hour between tests: longer than a guide's session stays unused.
beforeEach(async () => {
  guide = await staffSession(server, { role: 'guide', municipality: '4601' });
});

afterAll(async () => {
  await server?.close();
});

/** A fresh address, as a reception centre's or a guesser's router would have. */
const newAddress = () => `2001:db8:${randomInt(0, 0xffff).toString(16)}::${randomInt(1, 0xffff).toString(16)}`;
/** A code with valid check symbols (so it reaches the server) that nobody was given. */
const unknownCode = () => formatLoginCode(makeLoginCode(randomBytes(10)));

function logInWithCode(code: string, from: string) {
  return server.app.inject({ method: 'POST', url: '/api/login/code', payload: { code }, remoteAddress: from });
}

function logInStaff(email: string, secret: string, from: string) {
  return server.app.inject({ method: 'POST', url: '/api/login/staff', payload: { email, password: secret }, remoteAddress: from });
}

async function newCode(): Promise<string> {
  return issueCode(server, guide.token, (await registerPerson(server, guide.token)).id);
}

/** An active account's e-mail address (its password is `password`). */
async function newStaffEmail(): Promise<string> {
  const email = newEmail('throttled');
  const invited = await inviteStaff(server.database.db, { name: 'Tom Throttle', email, role: 'guide', municipality: '4601' }, clock);
  if (invited.kind !== 'invited') throw new Error('invitation failed');
  await acceptInvitation(server.database.db, { inviteToken: invited.inviteToken, password }, clock);
  return email;
}

async function statuses(requests: Promise<{ statusCode: number }>[]): Promise<number[]> {
  return (await Promise.all(requests)).map((response) => response.statusCode);
}

function auditedAt(address: string) {
  return sql<{ action: string; outcome: string; staff_id: string | null; detail: Record<string, unknown> }>`
    select action, outcome, staff_id, detail from audit_events where detail->>'ip' = ${address} order by id
  `
    .execute(server.database.db)
    .then((result) => result.rows);
}

describe('login codes', () => {
  it('one address: 30 wrong codes in 15 minutes lock it for 15 minutes, the right code included, others still log in', async () => {
    const guesser = newAddress();
    const code = await newCode();
    for (let guess = 0; guess < 29; guess++) expect((await logInWithCode(unknownCode(), guesser)).statusCode).toBe(401);
    tick(1);
    expect((await logInWithCode(unknownCode(), guesser)).statusCode).toBe(401);

    const locked = await logInWithCode(code, guesser);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    expect(locked.json()).toEqual({ error: { code: 'too_many_attempts', message: 'Too many failed attempts: try again in 15 minutes' } });
    expect((await logInWithCode(code, newAddress())).statusCode).toBe(200);

    tick(14);
    expect((await logInWithCode(code, guesser)).headers['retry-after']).toBe('60');
    tick(1);
    expect((await logInWithCode(code, guesser)).statusCode).toBe(200);
  });

  it('one code: 5 failures in an hour, from any addresses, lock it for an hour, however it is typed', async () => {
    const code = unknownCode();
    const typedOtherwise = code.toLowerCase().replaceAll('-', ' ');
    for (let attempt = 0; attempt < 4; attempt++) expect((await logInWithCode(code, newAddress())).statusCode).toBe(401);
    expect((await logInWithCode(typedOtherwise, newAddress())).statusCode).toBe(401);
    const locked = await logInWithCode(code, newAddress());
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe(String(60 * 60));

    tick(60);
    expect((await logInWithCode(code, newAddress())).statusCode).toBe(401);
  });

  it('parallel guesses queue on the count: exactly 30 are checked, the rest refused unchecked', async () => {
    const guesser = newAddress();
    const answers = await statuses(Array.from({ length: 40 }, () => logInWithCode(unknownCode(), guesser)));
    expect(answers.filter((status) => status === 401)).toHaveLength(30);
    expect(answers.filter((status) => status === 429)).toHaveLength(10);
  });

  it('a reception centre: 50 tablets behind one address log in, with a few wrong codes among them', async () => {
    const centre = newAddress();
    const codes = await Promise.all(Array.from({ length: 50 }, () => newCode()));
    for (let slip = 0; slip < 10; slip++) expect((await logInWithCode(unknownCode(), centre)).statusCode).toBe(401);
    expect(await statuses(codes.map((code) => logInWithCode(code, centre)))).toEqual(codes.map(() => 200));
  });

  it('records each failure and the lock in the audit log: the address and the start of the code’s hash, no code', async () => {
    const guesser = newAddress();
    const code = unknownCode();
    for (let attempt = 0; attempt < 5; attempt++) await logInWithCode(code, guesser);
    const events = await auditedAt(guesser);
    expect(events.map((event) => `${event.action} ${event.outcome}`)).toEqual([
      ...Array.from({ length: 5 }, () => 'code_login_failed failed'),
      'login_locked locked',
    ]);
    expect(events[5]!.detail).toMatchObject({ ip: guesser, door: 'code', scope: 'subject' });
    expect(events[0]!.detail.subject).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(events)).not.toContain(code.replaceAll('-', ''));
    expect(events.every((event) => event.staff_id === null)).toBe(true);
  });
});

describe('staff log-in', () => {
  it('one account: 5 wrong passwords in 15 minutes lock it, the right password included, for 15 minutes', async () => {
    const email = await newStaffEmail();
    for (let attempt = 0; attempt < 5; attempt++) expect((await logInStaff(email, 'wrong but long enough', newAddress())).statusCode).toBe(401);
    const sessionsBefore = await sessionCount();
    const locked = await logInStaff(email, password, newAddress());
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(await sessionCount()).toBe(sessionsBefore);

    tick(15);
    expect((await logInStaff(email, password, newAddress())).statusCode).toBe(200);
  });

  it('the right password clears the account’s count', async () => {
    const email = await newStaffEmail();
    const desk = newAddress();
    for (let attempt = 0; attempt < 4; attempt++) expect((await logInStaff(email, 'wrong but long enough', desk)).statusCode).toBe(401);
    expect((await logInStaff(email, password, desk)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) expect((await logInStaff(email, 'wrong but long enough', desk)).statusCode).toBe(401);
    expect((await logInStaff(email, password, desk)).statusCode).toBe(200);
  });

  it('one address: 30 failures in 15 minutes over any accounts lock it for 15 minutes', async () => {
    const email = await newStaffEmail();
    const guesser = newAddress();
    for (let attempt = 0; attempt < 30; attempt++) expect((await logInStaff(newEmail('nobody'), 'any password at all', guesser)).statusCode).toBe(401);
    expect((await logInStaff(email, password, guesser)).statusCode).toBe(429);
    expect((await logInStaff(email, password, newAddress())).statusCode).toBe(200);
    tick(15);
    expect((await logInStaff(email, password, guesser)).statusCode).toBe(200);
  });

  it('names the account in the audit log when the e-mail address is one', async () => {
    const email = await newStaffEmail();
    const desk = newAddress();
    await logInStaff(email, 'wrong but long enough', desk);
    await logInStaff(newEmail('nobody'), 'wrong but long enough', desk);
    const [known, unknown] = await auditedAt(desk);
    expect(known).toMatchObject({ action: 'staff_login_failed', outcome: 'failed', staff_id: expect.any(String) });
    expect(unknown).toMatchObject({ action: 'staff_login_failed', outcome: 'failed', staff_id: null });
    expect(JSON.stringify([known, unknown])).not.toContain(email);
  });
});

async function sessionCount(): Promise<number> {
  const { rows } = await sql<{ count: string }>`select count(*) as count from sessions`.execute(server.database.db);
  return Number(rows[0]!.count);
}

describe('behind a reverse proxy', () => {
  it('counts the address X-Forwarded-For names only when TRUST_PROXY names the proxy; otherwise the sender chooses nothing', async () => {
    const proxy = newAddress();
    const viaProxy = (on: typeof server, client: string) =>
      on.app.inject({ method: 'POST', url: '/api/login/code', payload: { code: unknownCode() }, remoteAddress: proxy, headers: { 'x-forwarded-for': client } });

    // Sent at once: on PostgreSQL they are served in any order, so count the answers, not the last one.
    const spoofed = await statuses(Array.from({ length: 31 }, () => viaProxy(server, newAddress())));
    expect(spoofed.filter((status) => status === 429)).toHaveLength(1);

    const proxied = await startTestServer({ now: () => clock, app: { trustProxy: [proxy] } });
    try {
      const guesser = newAddress();
      const answers = await statuses(Array.from({ length: 31 }, () => viaProxy(proxied, guesser)));
      expect(answers.filter((status) => status === 429)).toHaveLength(1);
      expect((await viaProxy(proxied, newAddress())).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});
