import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTokenIfNeeded } from '../../server/services/staff';
import { formatDufNumber } from '../../src/domain/duf-number';
import { emptyEntries, emptyMappingContent, type MappingContent } from '../../src/domain/mapping';
import type { PersonList, PersonRecord, PersonSummary, StaffArea } from '../../src/domain/workspace-api';
import { startTestServer } from './support/test-server';
import { bearer, issueCode, newDufNumber, newEmail, participantSession, password, registerPerson, staffSession } from './support/workspace';

/**
 * The staff workspace as a guide, an advisor, an administrator and a participant meet it. The
 * persons live in Bergen (4601, county 46 Vestland); "elsewhere" is Oslo (0301, county 03).
 */

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Server = { app: FastifyInstance };

function call(on: Server, method: Method, url: string, token: string | null, payload?: object) {
  return on.app.inject({ method, url, headers: token === null ? {} : bearer(token), ...(payload === undefined ? {} : { payload }) });
}

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => (body.error.fields ?? []).map((field) => field.path);
const days = (count: number) => count * 24 * 3600_000;

// --- The first administrator: on an empty database of its own --------------------------

/** A server on its own empty in-memory database whatever DATABASE_URL says: a shared one may already have administrators. */
async function withEmptyServer(test: (server: Awaited<ReturnType<typeof emptyServer>>) => Promise<void>) {
  const server = await emptyServer();
  try {
    await test(server);
  } finally {
    await server.close();
  }
}

function emptyServer() {
  return startTestServer({ empty: true });
}

describe('the first administrator', () => {
  it('is created with the one-time setup link, which works once and is not offered again', async () => {
    await withEmptyServer(async (server) => {
      const setupToken = await setupTokenIfNeeded(server.database.db, new Date());
      expect(setupToken).toEqual(expect.any(String));

      const setup = await call(server, 'POST', '/api/setup', null, { setupToken, name: 'Ada Admin', email: 'Ada@Kommune.example', password });
      expect(setup.statusCode).toBe(200);
      expect(setup.json().staff).toMatchObject({ role: 'administrator', name: 'Ada Admin', email: 'ada@kommune.example' });
      expect(setup.json().staff.activeSince).not.toBeNull();
      const me = await call(server, 'GET', '/api/me', setup.json().token);
      expect(me.json()).toMatchObject({ kind: 'staff', staff: { role: 'administrator' } });

      const again = await call(server, 'POST', '/api/setup', null, { setupToken, name: 'Eve', email: 'eve@kommune.example', password });
      expect(again.statusCode).toBe(400);
      expect(again.json().error.code).toBe('invalid_request');
      expect(await setupTokenIfNeeded(server.database.db, new Date())).toBeNull();
    });
  });

  it('stops accepting an older setup link once a new one is made', async () => {
    await withEmptyServer(async (server) => {
      const older = await setupTokenIfNeeded(server.database.db, new Date());
      const newer = await setupTokenIfNeeded(server.database.db, new Date());
      expect(newer).not.toBe(older);

      const withOlder = await call(server, 'POST', '/api/setup', null, { setupToken: older, name: 'Ada', email: 'ada@kommune.example', password });
      expect(withOlder.statusCode).toBe(400);
      const withNewer = await call(server, 'POST', '/api/setup', null, { setupToken: newer, name: 'Ada', email: 'ada@kommune.example', password });
      expect(withNewer.statusCode).toBe(200);
    });
  });

  it('lets the administrator from the setup link invite staff', async () => {
    await withEmptyServer(async (server) => {
      const setupToken = await setupTokenIfNeeded(server.database.db, new Date());
      const { token } = (await call(server, 'POST', '/api/setup', null, { setupToken, name: 'Ada', email: 'ada@kommune.example', password })).json();
      const invited = await call(server, 'POST', '/api/staff', token, { name: 'Kari', email: 'kari@kommune.example', role: 'guide', municipality: '4601' });
      expect(invited.statusCode).toBe(201);
    });
  });
});

// --- Everything else: one server, its clock in the test's hands ------------------------

let clock = new Date('2026-11-30T12:00:00.000Z');
/** Moves the server's clock on (staff sessions last 12 hours, so the whole file stays well within that). */
const tick = (minutes = 1) => (clock = new Date(clock.getTime() + minutes * 60_000));

let server: Awaited<ReturnType<typeof startTestServer>>;
const staff = {} as Record<'administrator' | 'guide' | 'guideElsewhere' | 'advisor' | 'advisorElsewhere', { token: string; staffId: string }>;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  staff.administrator = await staffSession(server, { role: 'administrator' });
  staff.guide = await staffSession(server, { role: 'guide', municipality: '4601' });
  staff.guideElsewhere = await staffSession(server, { role: 'guide', municipality: '0301' });
  staff.advisor = await staffSession(server, { role: 'advisor', county: '46' });
  staff.advisorElsewhere = await staffSession(server, { role: 'advisor', county: '03' });
});
afterAll(async () => server?.close());

const as = (token: string | null, method: Method, url: string, payload?: object) => call(server, method, url, token, payload);
const logIn = (email: string, secret: string) => as(null, 'POST', '/api/login/staff', { email, password: secret });
const logInWithCode = (code: string) => as(null, 'POST', '/api/login/code', { code });

async function recordOf(personId: string, token = staff.guide.token): Promise<PersonRecord> {
  const response = await as(token, 'GET', `/api/persons/${personId}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function personRows(dufNumber: string): Promise<number> {
  const rows = await server.database.db.selectFrom('persons').select('id').where('duf_number', '=', dufNumber).execute();
  return rows.length;
}

describe('staff invitations and logging in', () => {
  const invite = (area: StaffArea, email = newEmail(), name = 'Kari Veileder') =>
    as(staff.administrator.token, 'POST', '/api/staff', { name, email, ...area });

  it('lets an invited guide in only after they have chosen a password with the invitation', async () => {
    const email = newEmail();
    const invited = await invite({ role: 'guide', municipality: '4601' }, email);
    expect(invited.statusCode).toBe(201);
    expect(invited.json().staff).toMatchObject({ email, role: 'guide', municipality: '4601', activeSince: null });
    expect(invited.json().inviteToken).toEqual(expect.any(String));

    expect((await logIn(email, password)).statusCode).toBe(401);

    const accepted = await as(null, 'POST', '/api/invitations/accept', { inviteToken: invited.json().inviteToken, password });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().staff.activeSince).not.toBeNull();
    expect((await as(accepted.json().token, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await logIn(email, password)).statusCode).toBe(200);
  });

  it('refuses a password shorter than 12 characters, names the field, and keeps the invitation usable', async () => {
    const { inviteToken } = (await invite({ role: 'guide', municipality: '4601' })).json();
    const short = await as(null, 'POST', '/api/invitations/accept', { inviteToken, password: 'elevenchars' });
    expect(short.statusCode).toBe(400);
    expect(fieldPaths(short.json())).toContain('body.password');

    expect((await as(null, 'POST', '/api/invitations/accept', { inviteToken, password })).statusCode).toBe(200);
  });

  it('accepts an invitation once: the same link again is refused', async () => {
    const { inviteToken } = (await invite({ role: 'advisor', county: '46' })).json();
    expect((await as(null, 'POST', '/api/invitations/accept', { inviteToken, password })).statusCode).toBe(200);
    const again = await as(null, 'POST', '/api/invitations/accept', { inviteToken, password: 'someone else took over the link' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_request');
  });

  it('answers a wrong password and an unknown e-mail address alike', async () => {
    const email = newEmail();
    const { inviteToken } = (await invite({ role: 'guide', municipality: '4601' }, email)).json();
    await as(null, 'POST', '/api/invitations/accept', { inviteToken, password });

    const wrongPassword = await logIn(email, 'not the passphrase at all');
    const unknownAddress = await logIn(newEmail('nobody'), password);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownAddress.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownAddress.json());
  });

  it('reads e-mail addresses without regard to case', async () => {
    const local = `Guide-${randomInt(0, 2 ** 40)}`;
    const invited = await invite({ role: 'guide', municipality: '4601' }, `${local}@X.example`);
    expect(invited.json().staff.email).toBe(`${local.toLowerCase()}@x.example`);
    await as(null, 'POST', '/api/invitations/accept', { inviteToken: invited.json().inviteToken, password });

    expect((await logIn(`${local.toLowerCase()}@x.example`, password)).statusCode).toBe(200);
    expect((await logIn(`${local.toUpperCase()}@X.EXAMPLE`, password)).statusCode).toBe(200);
  });

  it('refuses to invite an e-mail address that already has an account, in any case', async () => {
    const email = newEmail();
    expect((await invite({ role: 'guide', municipality: '4601' }, email)).statusCode).toBe(201);
    const same = await invite({ role: 'advisor', county: '46' }, email.toUpperCase());
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('conflict');
  });

  it('refuses a guide without a real municipality number and an advisor without a real county', async () => {
    for (const municipality of ['9999', '46', '46011', 'abcd']) {
      const refused = await invite({ role: 'guide', municipality });
      expect(refused.statusCode, municipality).toBe(400);
      expect(refused.json().error.code).toBe('invalid_request');
    }
    for (const county of ['99', '4', '4601']) {
      expect((await invite({ role: 'advisor', county } as StaffArea)).statusCode, county).toBe(400);
    }
    expect((await invite({ role: 'guide' } as StaffArea)).statusCode).toBe(400);
  });

  it("tells a staff member their role and area at /api/me", async () => {
    const guide = await as(staff.guide.token, 'GET', '/api/me');
    expect(guide.json()).toMatchObject({ kind: 'staff', staff: { id: staff.guide.staffId, role: 'guide', municipality: '4601' } });
    const advisor = await as(staff.advisor.token, 'GET', '/api/me');
    expect(advisor.json()).toMatchObject({ kind: 'staff', staff: { id: staff.advisor.staffId, role: 'advisor', county: '46' } });
    const administrator = await as(staff.administrator.token, 'GET', '/api/me');
    expect(administrator.json()).toMatchObject({ kind: 'staff', staff: { role: 'administrator' } });
    expect(administrator.json().staff).not.toHaveProperty('municipality');
  });
});

describe('registering persons', () => {
  const register = (token: string, body: object) => as(token, 'POST', '/api/persons', body);

  it('registers a person in the guide’s municipality with a mapping not yet started', async () => {
    const dufNumber = newDufNumber();
    const response = await register(staff.guide.token, { dufNumber, name: 'Amina Haddad', settledOn: '2026-02-28' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      dufNumber,
      name: 'Amina Haddad',
      municipality: '4601',
      settledOn: '2026-02-28',
      mappingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      mappingStatus: 'not_started',
      guidanceCompletedOn: null,
    });
  });

  it('stores a DUF number typed in groups with spaces as its twelve digits', async () => {
    const dufNumber = newDufNumber();
    const typed = formatDufNumber(dufNumber);
    expect(typed).toMatch(/^\d{4} \d{4} \d{4}$/);
    const response = await register(staff.guide.token, { dufNumber: typed, name: 'Yonas Tesfaye', settledOn: '2026-10-01' });
    expect(response.statusCode).toBe(201);
    expect(response.json().dufNumber).toBe(dufNumber);
    expect(await personRows(dufNumber)).toBe(1);
  });

  it('refuses a DUF number that cannot be one and names the field', async () => {
    for (const dufNumber of [newDufNumber().slice(0, 11), '2024ABCD5678', `1850${newDufNumber().slice(4)}`, '']) {
      const response = await register(staff.guide.token, { dufNumber, name: 'Amina Haddad', settledOn: '2026-10-01' });
      expect(response.statusCode, dufNumber).toBe(400);
      expect(fieldPaths(response.json()), dufNumber).toEqual(['body.dufNumber']);
    }
  });

  it('refuses a settlement date that is not in the calendar', async () => {
    const response = await register(staff.guide.token, { dufNumber: newDufNumber(), name: 'Amina Haddad', settledOn: '2026-02-30' });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.json())).toEqual(['body.settledOn']);
  });

  it('a DUF number registered before shows that person instead of a second mapping', async () => {
    const first = await registerPerson(server, staff.guide.token);
    const again = await register(staff.guide.token, { dufNumber: formatDufNumber(first.dufNumber), name: 'Someone Else', settledOn: '2026-11-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_registered');
    expect(again.json().person).toEqual(first);
    expect(await personRows(first.dufNumber)).toBe(1);
  });

  it('a DUF number registered in another municipality is refused without saying who it is', async () => {
    const first = await registerPerson(server, staff.guide.token, { name: 'Amina Haddad' });
    const elsewhere = await register(staff.guideElsewhere.token, { dufNumber: first.dufNumber, name: 'Amina H.', settledOn: '2026-11-01' });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.code).toBe('already_registered');
    expect(elsewhere.json().person).toBeNull();
    for (const secret of [first.id, first.mappingId, 'Amina Haddad']) expect(elsewhere.body).not.toContain(secret);
    expect(await personRows(first.dufNumber)).toBe(1);
  });

  it('lists the guide’s municipality and the advisor’s county a page at a time, in DUF-number order, with no DUF number in the address', async () => {
    // Consecutive numbers in a year no other test uses; a shared database may hold persons of earlier runs around them.
    const base = 2019_0000_0000 + randomInt(1, 9999_0000);
    const [first, oslo, second, third] = [0, 1, 2, 3].map((offset) => String(base + offset));
    for (const [token, dufNumber] of [
      [staff.guide.token, third],
      [staff.guideElsewhere.token, oslo],
      [staff.guide.token, first],
      [staff.guide.token, second],
    ] as const) {
      await registerPerson(server, token, { dufNumber });
    }
    const page = async (token: string, query: string): Promise<PersonList> => {
      const response = await as(token, 'GET', `/api/persons?${query}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const numbers = (list: { persons: PersonSummary[] }) => list.persons.map((person) => person.dufNumber);
    /** Every page, and the id to continue after to reach the first of ours. */
    const everything = async (token: string) => {
      const persons: PersonSummary[] = [];
      let after: string | null = null;
      do {
        const next: PersonList = await page(token, `limit=200${after ? `&after=${after}` : ''}`);
        persons.push(...next.persons);
        after = next.nextAfter;
      } while (after !== null);
      const before = persons.filter((person) => person.dufNumber < String(base)).at(-1);
      return { persons, from: before ? `after=${before.id}&` : '' };
    };

    const guides = await everything(staff.guide.token);
    expect(guides.persons.every((person) => person.municipality === '4601')).toBe(true);
    expect(numbers(guides)).toEqual(numbers(guides).toSorted());
    const guidePage1 = await page(staff.guide.token, `${guides.from}limit=2`);
    expect(numbers(guidePage1)).toEqual([first, second]);
    expect(guidePage1.nextAfter).toBe(guidePage1.persons[1]!.id);
    const guidePage2 = await page(staff.guide.token, `after=${guidePage1.nextAfter}&limit=2`);
    expect(numbers(guidePage2)[0]).toBe(third);

    const advisors = await everything(staff.advisor.token);
    expect(numbers(await page(staff.advisor.token, `${advisors.from}limit=3`))).toEqual([first, second, third]);
    for (const elsewhere of [staff.guideElsewhere.token, staff.advisorElsewhere.token]) {
      const theirs = await everything(elsewhere);
      expect(numbers(await page(elsewhere, `${theirs.from}limit=1`))).toEqual([oslo]);
    }
    expect((await as(staff.guide.token, 'GET', `/api/persons?after=${first}`)).statusCode).toBe(400);
  });
});

describe('login codes', () => {
  const codePattern = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

  it('gives the guide a code in groups of four, in force for 30 days', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const issued = await as(staff.guide.token, 'POST', `/api/persons/${person.id}/login-code`);
    expect(issued.statusCode).toBe(201);
    expect(issued.json().code).toMatch(codePattern);
    expect(issued.json().expiresAt).toBe(new Date(clock.getTime() + days(30)).toISOString());
  });

  it('lets the participant in with the code, also typed in lowercase without dashes', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const code = await issueCode(server, staff.guide.token, person.id);
    for (const typed of [code, code.replaceAll('-', '').toLowerCase(), ` ${code.toLowerCase()} `]) {
      const login = await logInWithCode(typed);
      expect(login.statusCode, typed).toBe(200);
      expect(login.json().mappingId).toBe(person.mappingId);
      expect((await as(login.json().token, 'GET', '/api/me')).json()).toEqual({ kind: 'participant', mappingId: person.mappingId });
    }
  });

  it('refuses a code with one symbol wrong by its check symbols, before asking the database', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const code = await issueCode(server, staff.guide.token, person.id);
    const typo = `${code.slice(0, 5)}${code[5] === 'X' ? 'Y' : 'X'}${code.slice(6)}`;
    const refused = await logInWithCode(typo);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'body.code', message: expect.stringMatching(/typo/) }]);

    // Without any database at all the typo is still found; a well-formed code would need one.
    const noDatabase = await emptyServer();
    await noDatabase.database.close();
    try {
      expect((await call(noDatabase, 'POST', '/api/login/code', null, { code: typo })).statusCode).toBe(400);
      expect((await call(noDatabase, 'POST', '/api/login/code', null, { code })).statusCode).toBe(500);
    } finally {
      await noDatabase.app.close();
    }
  });

  it('a new code makes the old one fail and ends the sessions opened with it', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const newCode = await issueCode(server, staff.guide.token, participant.person.id);

    expect((await logInWithCode(participant.code)).statusCode).toBe(401);
    expect((await as(participant.token, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await logInWithCode(newCode)).statusCode).toBe(200);
  });

  it('a double click on "new code" gives the guide codes, never an error, and leaves one in force', async () => {
    const person = await registerPerson(server, staff.guide.token);
    await issueCode(server, staff.guide.token, person.id);
    const clicks = await Promise.all([1, 2, 3].map(() => as(staff.guide.token, 'POST', `/api/persons/${person.id}/login-code`)));
    expect(clicks.map((click) => click.statusCode)).toEqual([201, 201, 201]);

    const logins = await Promise.all(clicks.map((click) => logInWithCode(click.json().code)));
    expect(logins.filter((login) => login.statusCode === 200)).toHaveLength(1);
  });

  it('a revoked code stops working, and so do the sessions opened with it', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const revoked = await as(staff.guide.token, 'DELETE', `/api/persons/${participant.person.id}/login-code`);
    expect(revoked.statusCode).toBe(204);

    expect((await logInWithCode(participant.code)).statusCode).toBe(401);
    expect((await as(participant.token, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await recordOf(participant.person.id)).activeLoginCode).toBeNull();
  });

  it('refuses a code once its 30 days are over', async () => {
    let ownClock = new Date('2026-11-30T12:00:00.000Z');
    const own = await startTestServer({ now: () => ownClock });
    try {
      const guide = await staffSession(own, { role: 'guide', municipality: '4601' });
      const person = await registerPerson(own, guide.token);
      const code = await issueCode(own, guide.token, person.id);
      const start = ownClock.getTime();

      ownClock = new Date(start + days(30) - 60_000);
      expect((await call(own, 'POST', '/api/login/code', null, { code })).statusCode).toBe(200);
      ownClock = new Date(start + days(30));
      const expired = await call(own, 'POST', '/api/login/code', null, { code });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.code).toBe('unauthorized');
      // The person's page no longer calls it the code in force (a guide logged in today reads it).
      const later = await staffSession(own, { role: 'guide', municipality: '4601' });
      expect((await call(own, 'GET', `/api/persons/${person.id}`, later.token)).json().activeLoginCode).toBeNull();
    } finally {
      await own.close();
    }
  });

  it('shows the guide who made the code in force and until when, never the code itself', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const issued = (await as(staff.guide.token, 'POST', `/api/persons/${person.id}/login-code`)).json();

    for (const token of [staff.guide.token, staff.advisor.token]) {
      const response = await as(token, 'GET', `/api/persons/${person.id}`);
      expect(response.json().activeLoginCode).toEqual({
        createdAt: clock.toISOString(),
        expiresAt: issued.expiresAt,
        createdBy: { id: staff.guide.staffId, name: 'Test guide' },
      });
      for (const form of [issued.code, issued.code.replaceAll('-', '')]) expect(response.body).not.toContain(form);
    }
  });

  it('keeps only a hash of the code in the database', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const code: string = await issueCode(server, staff.guide.token, person.id);
    const rows = await server.database.db.selectFrom('login_codes').selectAll().where('person_id', '=', person.id).execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows).toUpperCase();
    for (const form of [code, code.replaceAll('-', '')]) expect(stored).not.toContain(form);
  });
});

const submitted = (content: MappingContent): MappingContent => ({ ...content, submittedAt: clock.toISOString() });
const withWork = (occupation: string): MappingContent => ({
  ...emptyMappingContent('ar'),
  work: [{ ...emptyEntries.work('w1'), occupation, years: 10, employment: 'self_employed' }],
});

describe("a participant's own mapping", () => {
  const put = (token: string, mappingId: string, revision: number, content: MappingContent) =>
    as(token, 'PUT', `/api/mappings/${mappingId}`, { revision, baseRevision: revision === 1 ? null : revision - 1, content });
  const statusOf = async (personId: string) => (await recordOf(personId)).person.mappingStatus;

  it('lets a participant write their own mapping with the session from their code', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const stored = await put(participant.token, participant.mappingId, 1, withWork('Syerske'));
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ id: participant.mappingId, revision: 1, outcome: 'stored' });
    expect((await recordOf(participant.person.id)).mapping?.content).toEqual(withWork('Syerske'));
  });

  it('keeps who sent each revision: the person, then a guide', async () => {
    const participant = await participantSession(server, staff.guide.token);
    await put(participant.token, participant.mappingId, 1, withWork('Syerske'));
    await put(staff.guide.token, participant.mappingId, 2, withWork('Syerske og frisør'));
    const read = await as(staff.guide.token, 'GET', `/api/mappings/${participant.mappingId}`);
    expect(read.json().revisions.map((entry: { revision: number; sentBy: string }) => [entry.revision, entry.sentBy])).toEqual([
      [1, 'participant'],
      [2, 'staff'],
    ]);
  });

  it("refuses a participant any other mapping, and stores nothing there", async () => {
    const participant = await participantSession(server, staff.guide.token);
    const someoneElse = await registerPerson(server, staff.guide.token);
    const unknown = randomUUID();

    expect((await put(participant.token, someoneElse.mappingId, 1, withWork('Sjåfør'))).statusCode).toBe(403);
    expect([403, 404]).toContain((await put(participant.token, unknown, 1, withWork('Sjåfør'))).statusCode);
    const stored = await server.database.db
      .selectFrom('mappings')
      .select('id')
      .where('id', 'in', [someoneElse.mappingId, unknown])
      .execute();
    expect(stored).toEqual([]);
    expect((await recordOf(someoneElse.id)).person.mappingStatus).toBe('not_started');
  });

  it('moves the mapping from not started to draft, submitted and quality-assured', async () => {
    const participant = await participantSession(server, staff.guide.token);
    expect(await statusOf(participant.person.id)).toBe('not_started');

    await put(participant.token, participant.mappingId, 1, withWork('Syerske'));
    expect(await statusOf(participant.person.id)).toBe('draft');

    tick();
    await put(participant.token, participant.mappingId, 2, submitted(withWork('Syerske')));
    expect(await statusOf(participant.person.id)).toBe('submitted');

    tick();
    const assured = await as(staff.guide.token, 'POST', `/api/persons/${participant.person.id}/quality-assurance`);
    expect(assured.statusCode).toBe(201);
    expect(assured.json()).toEqual({ revision: 2, by: { id: staff.guide.staffId, name: 'Test guide' }, at: clock.toISOString() });
    expect(await statusOf(participant.person.id)).toBe('quality_assured');
  });

  it('needs a new quality assurance after a new revision', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const content = submitted(withWork('Syerske'));
    await put(participant.token, participant.mappingId, 1, content);
    await as(staff.guide.token, 'POST', `/api/persons/${participant.person.id}/quality-assurance`);
    expect(await statusOf(participant.person.id)).toBe('quality_assured');

    await put(staff.guide.token, participant.mappingId, 2, { ...content, wishes: { ...content.wishes, text: 'Eget verksted' } });
    expect(await statusOf(participant.person.id)).toBe('submitted');
    expect((await recordOf(participant.person.id)).qualityAssurances.map((each) => each.revision)).toEqual([1]);
  });

  it('refuses to quality-assure a mapping the person has not submitted', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const notStarted = await as(staff.guide.token, 'POST', `/api/persons/${participant.person.id}/quality-assurance`);
    expect(notStarted.statusCode).toBe(409);
    expect(notStarted.json().error.code).toBe('not_submitted');

    await put(participant.token, participant.mappingId, 1, withWork('Syerske'));
    const draft = await as(staff.guide.token, 'POST', `/api/persons/${participant.person.id}/quality-assurance`);
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('not_submitted');
    expect((await recordOf(participant.person.id)).qualityAssurances).toEqual([]);
  });
});

describe('remarks, advisor notes and assisted sessions keep who and when', () => {
  const remark = (personId: string, body: object) => as(staff.guide.token, 'POST', `/api/persons/${personId}/remarks`, body);
  const note = (personId: string, body: object) => as(staff.advisor.token, 'POST', `/api/persons/${personId}/advisor-notes`, body);
  const assistedSession = (personId: string, body: object) =>
    as(staff.guide.token, 'POST', `/api/persons/${personId}/assisted-sessions`, body);
  const byGuide = () => ({ id: staff.guide.staffId, name: 'Test guide' });

  it('keeps two remarks on the same part in order, with the guide’s name and time', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const firstAt = tick().toISOString();
    const first = await remark(person.id, { part: 'work', text: 'Har også jobbet som frisør.' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ part: 'work', writtenBy: byGuide(), writtenAt: firstAt });
    const secondAt = tick().toISOString();
    await remark(person.id, { part: 'work', text: 'Frisør i fem år, ikke tre.' });

    const workRemarks = (await recordOf(person.id)).remarks.filter((each) => each.part === 'work');
    expect(workRemarks).toEqual([
      { id: first.json().id, part: 'work', text: 'Har også jobbet som frisør.', writtenBy: byGuide(), writtenAt: firstAt },
      { id: expect.any(String), part: 'work', text: 'Frisør i fem år, ikke tre.', writtenBy: byGuide(), writtenAt: secondAt },
    ]);
    // The newest remark on a part is the one in force.
    expect(workRemarks.at(-1)!.text).toBe('Frisør i fem år, ikke tre.');
  });

  it("leaves the person's own answers as they wrote them", async () => {
    const participant = await participantSession(server, staff.guide.token);
    await as(participant.token, 'PUT', `/api/mappings/${participant.mappingId}`, { revision: 1, baseRevision: null, content: withWork('Syerske') });
    const before = (await as(staff.guide.token, 'GET', `/api/mappings/${participant.mappingId}`)).json();

    await remark(participant.person.id, { part: 'work', text: 'Syerske i eget verksted.' });
    await remark(participant.person.id, { part: 'aboutYou', text: 'Født 1990 ifølge UDI.' });

    const after = (await as(staff.guide.token, 'GET', `/api/mappings/${participant.mappingId}`)).json();
    expect(after).toEqual(before);
    expect(after.content).toEqual(withWork('Syerske'));
  });

  it('refuses a remark on an unknown part or with no text', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const unknownPart = await remark(person.id, { part: 'hobbies', text: 'Spiller fotball.' });
    expect(unknownPart.statusCode).toBe(400);
    expect(fieldPaths(unknownPart.json())).toEqual(['body.part']);
    for (const text of ['', '   ']) {
      const empty = await remark(person.id, { part: 'work', text });
      expect(empty.statusCode).toBe(400);
      expect(fieldPaths(empty.json())).toEqual(['body.text']);
    }
    expect((await recordOf(person.id)).remarks).toEqual([]);
  });

  it('keeps every advisor note and dates guidance as given from the note that says so', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const firstAt = tick().toISOString();
    const first = { wishes: 'Helsefag', recommendation: 'education', text: 'Ta kontakt igjen etter språkkurset.', guidanceCompleted: false };
    expect((await note(person.id, first)).statusCode).toBe(204);
    expect((await recordOf(person.id)).person.guidanceCompletedOn).toBeNull();

    const secondAt = tick().toISOString();
    const second = { wishes: 'Helsefagarbeider', recommendation: 'work', text: 'Lærlingplass i kommunen.', guidanceCompleted: true };
    expect((await note(person.id, second)).statusCode).toBe(204);

    const record = await recordOf(person.id, staff.advisor.token);
    const byAdvisor = { id: staff.advisor.staffId, name: 'Test advisor' };
    expect(record.advisorNotes).toEqual([
      { ...first, by: byAdvisor, at: firstAt },
      { ...second, by: byAdvisor, at: secondAt },
    ]);
    expect(record.person.guidanceCompletedOn).toBe(secondAt.slice(0, 10));
  });

  it('refuses an assisted session that finishes before it starts', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const backwards = await assistedSession(person.id, {
      id: randomUUID(),
      startedAt: '2026-11-30T10:00:00.000Z',
      finishedAt: '2026-11-30T09:00:00.000Z',
      interpreterPresent: false,
      language: 'ar',
    });
    expect(backwards.statusCode).toBe(400);
    expect(fieldPaths(backwards.json())).toEqual(['body.finishedAt']);
    expect((await recordOf(person.id)).assistedSessions).toEqual([]);
  });

  it('compares session times as moments, however many decimals they are written with', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const session = { interpreterPresent: false, language: 'ar' };
    const halfSecondLater = await assistedSession(person.id, { ...session, id: randomUUID(), startedAt: '2026-11-30T09:00:00Z', finishedAt: '2026-11-30T09:00:00.500Z' });
    expect(halfSecondLater.statusCode).toBe(204);
    const halfSecondEarlier = await assistedSession(person.id, { ...session, id: randomUUID(), startedAt: '2026-11-30T09:00:00.500Z', finishedAt: '2026-11-30T09:00:00Z' });
    expect(halfSecondEarlier.statusCode).toBe(400);
  });

  it('shows a recorded assisted session with an interpreter on the person, once however often the tablet sends it', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const session = { startedAt: '2026-11-30T09:00:00.000Z', finishedAt: '2026-11-30T10:30:00.000Z', interpreterPresent: true, language: 'ti' };
    const id = randomUUID();
    expect((await assistedSession(person.id, { ...session, id })).statusCode).toBe(204);
    expect((await assistedSession(person.id, { ...session, id })).statusCode).toBe(204);
    expect((await recordOf(person.id)).assistedSessions).toEqual([{ ...session, guide: byGuide() }]);
  });

  it('keeps a remark sent twice with its id once, and refuses that id for another person', async () => {
    const person = await registerPerson(server, staff.guide.token);
    const other = await registerPerson(server, staff.guide.token);
    const remark = { id: randomUUID(), part: 'languages', text: 'Snakker også litt tyrkisk.' };
    const first = await as(staff.guide.token, 'POST', `/api/persons/${person.id}/remarks`, remark);
    const again = await as(staff.guide.token, 'POST', `/api/persons/${person.id}/remarks`, remark);
    expect(again.json()).toEqual(first.json());
    expect((await recordOf(person.id)).remarks).toHaveLength(1);
    expect((await as(staff.guide.token, 'POST', `/api/persons/${other.id}/remarks`, remark)).statusCode).toBe(409);
    expect((await recordOf(other.id)).remarks).toEqual([]);
  });
});

describe('append-only records at the database', () => {
  it('refuses to change a remark, a quality assurance, an assisted session or an advisor note, even past the API', async () => {
    const participant = await participantSession(server, staff.guide.token);
    const { person } = participant;
    await as(participant.token, 'PUT', `/api/mappings/${participant.mappingId}`, { revision: 1, baseRevision: null, content: submitted(withWork('Syerske')) });
    await as(staff.guide.token, 'POST', `/api/persons/${person.id}/quality-assurance`);
    await as(staff.guide.token, 'POST', `/api/persons/${person.id}/remarks`, { part: 'work', text: 'Som skrevet.' });
    await as(staff.guide.token, 'POST', `/api/persons/${person.id}/assisted-sessions`, {
      id: randomUUID(),
      startedAt: '2026-11-30T09:00:00.000Z',
      finishedAt: '2026-11-30T10:00:00.000Z',
      interpreterPresent: true,
      language: 'ar',
    });
    await as(staff.advisor.token, 'POST', `/api/persons/${person.id}/advisor-notes`, {
      wishes: 'Helsefag',
      recommendation: 'education',
      text: 'Som skrevet.',
      guidanceCompleted: false,
    });
    const before = await recordOf(person.id);

    const { db } = server.database;
    await expect(sql`update remarks set text = 'Endret i ettertid.' where person_id = ${person.id}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update quality_assurances set revision = 99 where person_id = ${person.id}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update assisted_sessions set interpreter_present = false where person_id = ${person.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`update advisor_notes set guidance_completed = true where person_id = ${person.id}`.execute(db)).rejects.toThrow(/append-only/);
    expect(await recordOf(person.id)).toEqual(before);
  });
});
