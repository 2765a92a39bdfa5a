import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../../src/domain/mapping';
import { personDataSchema, privacyRequestListSchema, type PrivacyRequest } from '../../src/domain/privacy-api';
import { startTestServer } from './support/test-server';
import { bearer, participantSession, staffSession } from './support/workspace';

/**
 * The person's GDPR rights as the participant and their guide meet them: the person lives in
 * Bergen (4601, county 46 Vestland); "elsewhere" is Oslo (0301).
 */

type Method = 'GET' | 'POST' | 'PUT';
type Server = Awaited<ReturnType<typeof startTestServer>>;

let server: Server;
const staff = {} as Record<'guide' | 'guideElsewhere' | 'advisor', { token: string; staffId: string }>;

beforeAll(async () => {
  server = await startTestServer();
  staff.guide = await staffSession(server, { role: 'guide', municipality: '4601' });
  staff.guideElsewhere = await staffSession(server, { role: 'guide', municipality: '0301' });
  staff.advisor = await staffSession(server, { role: 'advisor', county: '46' });
});
afterAll(async () => server?.close());

function call(on: Server, token: string | null, method: Method, url: string, payload?: object) {
  return on.app.inject({ method, url, headers: token === null ? {} : bearer(token), ...(payload === undefined ? {} : { payload }) });
}
const as = (token: string | null, method: Method, url: string, payload?: object) => call(server, token, method, url, payload);
const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => (body.error.fields ?? []).map((field) => field.path);

const submitted = { ...emptyMappingContent('ar'), submittedAt: '2026-11-20T10:00:00.000Z' };

/** A person in Bergen with a submitted mapping, logged in with their code. */
async function participant(on: Server = server, guideToken = staff.guide.token) {
  const own = await participantSession(on, guideToken);
  const put = await call(on, own.token, 'PUT', `/api/mappings/${own.mappingId}`, { revision: 1, baseRevision: null, content: submitted });
  expect(put.statusCode).toBe(200);
  return own;
}

async function ask(token: string, url: string, body: object): Promise<PrivacyRequest> {
  const response = await as(token, 'POST', url, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const answer = (personId: string, requestId: string, body: object, token = staff.guide.token) =>
  as(token, 'POST', `/api/persons/${personId}/privacy-requests/${requestId}/answer`, body);

describe('everything registered about the person (art. 15/20)', () => {
  it('gives the participant one document with what staff wrote, the answers and the codes as dates — never a secret', async () => {
    const own = await participant();
    const personId = own.person.id;
    expect((await as(staff.guide.token, 'POST', `/api/persons/${personId}/remarks`, { part: 'work', text: 'Har også jobbet som frisør.' })).statusCode).toBe(201);
    expect((await as(staff.guide.token, 'POST', `/api/persons/${personId}/quality-assurance`)).statusCode).toBe(201);
    const note = { wishes: 'Helsefag', recommendation: 'education', text: 'Anbefaler helsefagarbeider.', guidanceCompleted: true };
    expect((await as(staff.advisor.token, 'POST', `/api/persons/${personId}/advisor-notes`, note)).statusCode).toBe(204);
    const assisted = { id: randomUUID(), startedAt: '2026-11-30T09:00:00.000Z', finishedAt: '2026-11-30T10:00:00.000Z', interpreterPresent: true, language: 'ar' };
    expect((await as(staff.guide.token, 'POST', `/api/persons/${personId}/assisted-sessions`, assisted)).statusCode).toBe(204);
    const request = await ask(own.token, '/api/me/privacy-requests', { kind: 'correction', message: 'Jeg har fire års skolegang, ikke tre.' });
    expect((await answer(personId, request.id, { outcome: 'refused', explanation: 'Kartleggingen sier allerede fire år.' })).statusCode).toBe(201);

    const response = await as(own.token, 'GET', '/api/me/data');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const data = personDataSchema.parse(response.json());
    expect(data.person).toMatchObject({ id: personId, name: own.person.name, dufNumber: own.person.dufNumber, municipality: '4601', restrictedSince: null });
    expect(data.mapping).toMatchObject({ id: own.mappingId, revision: 1, content: { submittedAt: submitted.submittedAt } });
    expect(data.mappingRevisions).toEqual([{ revision: 1, receivedAt: expect.any(String), sentBy: 'participant', staff: null }]);
    expect(data.remarks).toEqual([expect.objectContaining({ part: 'work', text: 'Har også jobbet som frisør.', writtenBy: { name: 'Test guide', role: 'guide' } })]);
    expect(data.qualityAssurances).toEqual([expect.objectContaining({ revision: 1, by: { name: 'Test guide', role: 'guide' } })]);
    expect(data.assistedSessions).toEqual([expect.objectContaining({ startedAt: assisted.startedAt, interpreterPresent: true, language: 'ar' })]);
    expect(data.advisorNotes).toEqual([expect.objectContaining({ text: note.text, wishes: note.wishes, by: { name: 'Test advisor', role: 'advisor' } })]);
    expect(data.loginCodes).toEqual([{ issuedAt: expect.any(String), expiresAt: expect.any(String), revokedAt: null, issuedBy: { name: 'Test guide', role: 'guide' } }]);
    expect(data.privacyRequests).toEqual([
      expect.objectContaining({ id: request.id, status: 'refused', answer: expect.objectContaining({ explanation: 'Kartleggingen sier allerede fire år.' }) }),
    ]);

    const hashes = await server.database.db.selectFrom('login_codes').select('code_hash').where('person_id', '=', personId).execute();
    const sessions = await server.database.db.selectFrom('sessions').select('token_hash').where('person_id', '=', personId).execute();
    for (const secret of [own.token, own.code, own.code.replace(/\W/g, ''), ...hashes.map((row) => row.code_hash), ...sessions.map((row) => row.token_hash)]) {
      expect(response.body).not.toContain(secret);
    }
    expect(response.body).not.toMatch(/hash|token/i);

    const forGuide = await as(staff.guide.token, 'GET', `/api/persons/${personId}/data`);
    expect(forGuide.statusCode).toBe(200);
    expect({ ...forGuide.json(), exportedAt: null }).toEqual({ ...data, exportedAt: null });
  });

  it('is refused to a guide elsewhere, the advisor and another participant', async () => {
    const own = await participant();
    const other = await participant();
    expect((await as(staff.guideElsewhere.token, 'GET', `/api/persons/${own.person.id}/data`)).statusCode).toBe(403);
    expect((await as(staff.advisor.token, 'GET', `/api/persons/${own.person.id}/data`)).statusCode).toBe(403);
    expect((await as(other.token, 'GET', `/api/persons/${own.person.id}/data`)).statusCode).toBe(403);
    // Their own page shows only their own data.
    expect((await as(other.token, 'GET', '/api/me/data')).json().person.id).toBe(other.person.id);
    expect((await as(staff.guide.token, 'GET', '/api/me/data')).statusCode).toBe(403);
  });
});

describe('requests for correction, erasure, restriction and objection', () => {
  it('lets the participant ask, stores a request sent twice once, and shows the guide’s answer', async () => {
    const own = await participant();
    const body = { id: randomUUID(), kind: 'correction', message: '  Jeg snakker også fransk.  ' };
    const first = await ask(own.token, '/api/me/privacy-requests', body);
    expect(first).toMatchObject({ id: body.id, kind: 'correction', message: 'Jeg snakker også fransk.', madeBy: 'participant', madeByStaff: null, status: 'open', answer: null });
    expect(await ask(own.token, '/api/me/privacy-requests', body)).toEqual(first);

    const forGuide = await as(staff.guide.token, 'GET', `/api/persons/${own.person.id}/privacy-requests`);
    expect(forGuide.statusCode).toBe(200);
    expect(privacyRequestListSchema.parse(forGuide.json())).toEqual({ requests: [first], restrictedSince: null });

    const answered = await answer(own.person.id, first.id, { outcome: 'done' });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toEqual({
      request: { ...first, status: 'done', answer: { outcome: 'done', explanation: '', answeredBy: { name: 'Test guide', role: 'guide' }, answeredAt: expect.any(String) } },
      effect: 'none',
    });
    const mine = (await as(own.token, 'GET', '/api/me/privacy-requests')).json();
    expect(mine.requests).toEqual([answered.json().request]);
  });

  it('lets a guide ask on the person’s behalf, named in the request', async () => {
    const own = await participant();
    const made = await ask(staff.guide.token, `/api/persons/${own.person.id}/privacy-requests`, { kind: 'objection', message: 'Vil ikke at rådgiver bruker opplysningene.' });
    expect(made).toMatchObject({ kind: 'objection', madeBy: 'staff', madeByStaff: { name: 'Test guide', role: 'guide' }, status: 'open' });
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([made]);
  });

  it('keeps requests within the guide’s municipality and the person’s own session', async () => {
    const own = await participant();
    const other = await participant();
    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'restriction' });
    const url = `/api/persons/${own.person.id}/privacy-requests`;
    for (const token of [staff.guideElsewhere.token, staff.advisor.token, other.token]) {
      expect((await as(token, 'GET', url)).statusCode).toBe(403);
      expect((await as(token, 'POST', url, { kind: 'erasure', message: 'Slett meg.' })).statusCode).toBe(403);
      expect((await answer(own.person.id, made.id, { outcome: 'done' }, token)).statusCode).toBe(403);
    }
    expect((await answer(own.person.id, made.id, { outcome: 'done' }, own.token)).statusCode).toBe(403);
    expect((await as(other.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([]);
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([made]);
  });

  it('answers once: a second answer is a conflict, and a request of another person is not found', async () => {
    const own = await participant();
    const other = await participant();
    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'correction', message: 'Feil fødeland.' });
    expect((await answer(own.person.id, made.id, { outcome: 'refused', explanation: 'Fødeland er ikke registrert.' })).statusCode).toBe(201);
    const again = await answer(own.person.id, made.id, { outcome: 'done' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const elsewhere = await answer(other.person.id, made.id, { outcome: 'done' });
    expect(elsewhere.statusCode).toBe(404);
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().requests[0].status).toBe('refused');
  });

  it('refuses a request id already used for another person, and keeps the first', async () => {
    const own = await participant();
    const other = await participant();
    const made = await ask(own.token, '/api/me/privacy-requests', { id: randomUUID(), kind: 'erasure', message: 'Slett alt.' });
    const reused = await as(other.token, 'POST', '/api/me/privacy-requests', { id: made.id, kind: 'correction', message: 'Noe annet.' });
    expect(reused.statusCode).toBe(409);
    expect((await as(other.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([]);
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([made]);
  });

  it('refuses bad bodies with reasons and stores nothing', async () => {
    const own = await participant();
    const cases: [object, string][] = [
      [{ kind: 'correction', message: '   ' }, 'body.message'],
      [{ kind: 'erasure' }, 'body.message'],
      [{ kind: 'forget-me', message: 'Slett.' }, 'body.kind'],
      [{ kind: 'objection', message: 'x'.repeat(2001) }, 'body.message'],
      [{ kind: 'restriction', message: '', madeBy: 'staff' }, 'body'],
      [{ id: 'not-a-uuid', kind: 'restriction' }, 'body.id'],
      [{ kind: 'correction', message: 'Halv \uD83D' }, 'body.message'],
    ];
    for (const [body, path] of cases) {
      const response = await as(own.token, 'POST', '/api/me/privacy-requests', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
      expect(fieldPaths(response.json()), JSON.stringify(body)).toContain(path);
    }
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().requests).toEqual([]);

    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'restriction' });
    expect(made.message).toBe('');
    const refusedWithoutWhy = await answer(own.person.id, made.id, { outcome: 'refused', explanation: ' ' });
    expect(refusedWithoutWhy.statusCode).toBe(400);
    expect(fieldPaths(refusedWithoutWhy.json())).toContain('body.explanation');
    expect(fieldPaths((await answer(own.person.id, made.id, { outcome: 'maybe' })).json())).toContain('body.outcome');
    const badId = await as(staff.guide.token, 'POST', `/api/persons/${own.person.id}/privacy-requests/nope/answer`, { outcome: 'done' });
    expect(badId.statusCode).toBe(400);
    expect(fieldPaths(badId.json())).toContain('params.requestId');
    const list = (await as(own.token, 'GET', '/api/me/privacy-requests')).json();
    expect(list).toEqual({ requests: [made], restrictedSince: null });
  });
});

describe('what an answer does', () => {
  it('erases the person when an erasure is done: their page, data and code are gone', async () => {
    const own = await participant();
    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'erasure', message: 'Jeg flytter, slett alt om meg.' });
    const answered = await answer(own.person.id, made.id, { outcome: 'done', explanation: 'Alt er slettet.' });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ effect: 'person_erased', request: { id: made.id, status: 'done' } });

    expect((await as(staff.guide.token, 'GET', `/api/persons/${own.person.id}`)).statusCode).toBe(404);
    expect((await as(staff.guide.token, 'GET', `/api/persons/${own.person.id}/data`)).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/login/code', { code: own.code })).statusCode).toBe(401);
    expect((await as(own.token, 'GET', '/api/me/data')).statusCode).toBe(401);
    const db = server.database.db;
    expect(await db.selectFrom('privacy_requests').select('id').where('person_id', '=', own.person.id).execute()).toEqual([]);
    expect(await db.selectFrom('mappings').select('id').where('id', '=', own.mappingId).execute()).toEqual([]);
    const logged = await db.selectFrom('audit_events').select(['action', 'staff_id']).where('person_id', '=', own.person.id).where('action', '=', 'erase_person').execute();
    expect(logged).toEqual([{ action: 'erase_person', staff_id: staff.guide.staffId }]);
  });

  it('keeps the person when an erasure is refused, and says why', async () => {
    const own = await participant();
    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'erasure', message: 'Slett meg.' });
    const why = 'Kommunen må ha kartleggingen mens du er i introduksjonsprogrammet.';
    expect((await answer(own.person.id, made.id, { outcome: 'refused', explanation: why })).json()).toMatchObject({ effect: 'none', request: { status: 'refused', answer: { explanation: why } } });
    expect((await as(staff.guide.token, 'GET', `/api/persons/${own.person.id}`)).statusCode).toBe(200);
  });

  it('restricts processing when a restriction is done: the advisor loses the person, the guide keeps them', async () => {
    const own = await participant();
    const personId = own.person.id;
    expect((await as(staff.advisor.token, 'GET', `/api/persons/${personId}`)).statusCode).toBe(200);
    const made = await ask(own.token, '/api/me/privacy-requests', { kind: 'restriction' });
    const answered = await answer(personId, made.id, { outcome: 'done' });
    expect(answered.json().effect).toBe('processing_restricted');

    expect((await as(staff.advisor.token, 'GET', `/api/persons/${personId}`)).statusCode).toBe(403);
    expect((await as(staff.advisor.token, 'GET', `/api/mappings/${own.mappingId}`)).statusCode).toBe(403);
    const note = { wishes: 'Helsefag', recommendation: 'work', text: 'Ny merknad.', guidanceCompleted: false };
    expect((await as(staff.advisor.token, 'POST', `/api/persons/${personId}/advisor-notes`, note)).statusCode).toBe(403);
    expect(await listedForAdvisor(personId)).toBe(false);
    expect((await as(staff.guide.token, 'GET', `/api/persons/${personId}`)).statusCode).toBe(200);
    expect((await as(staff.guide.token, 'GET', `/api/persons/${personId}/privacy-requests`)).statusCode).toBe(200);

    const { restrictedSince } = (await as(own.token, 'GET', '/api/me/privacy-requests')).json();
    expect(restrictedSince).toEqual(expect.any(String));
    expect((await as(own.token, 'GET', '/api/me/data')).json().person.restrictedSince).toBe(restrictedSince);
    // An objection granted later keeps the first moment.
    const objection = await ask(staff.guide.token, `/api/persons/${personId}/privacy-requests`, { kind: 'objection', message: 'Også innsigelse.' });
    expect((await answer(personId, objection.id, { outcome: 'done' })).json().effect).toBe('processing_restricted');
    expect((await as(own.token, 'GET', '/api/me/privacy-requests')).json().restrictedSince).toBe(restrictedSince);
    const logged = await server.database.db.selectFrom('audit_events').select('action').where('person_id', '=', personId).where('action', '=', 'restrict_processing').execute();
    expect(logged).toHaveLength(2);
  });

  it('writes nothing when what the answer does fails: the request stays open and the person as they were', async () => {
    const own = await startTestServer({ empty: true });
    try {
      const guide = await staffSession(own, { role: 'guide', municipality: '4601' });
      const person = await participant(own, guide.token);
      const restriction = await call(own, person.token, 'POST', '/api/me/privacy-requests', { kind: 'restriction' });
      const erasure = await call(own, person.token, 'POST', '/api/me/privacy-requests', { kind: 'erasure', message: 'Slett meg.' });
      // A fault after the answer is written: the database refuses to change or remove the person.
      await sql`create function refuse_person_change() returns trigger language plpgsql as $$ begin raise exception 'fault'; end $$`.execute(own.database.db);
      await sql`create trigger persons_fault before update or delete on persons for each row execute function refuse_person_change()`.execute(own.database.db);
      for (const made of [restriction.json(), erasure.json()]) {
        const failed = await call(own, guide.token, 'POST', `/api/persons/${person.person.id}/privacy-requests/${made.id}/answer`, { outcome: 'done' });
        expect(failed.statusCode).toBe(500);
      }
      const list = (await call(own, person.token, 'GET', '/api/me/privacy-requests')).json();
      expect(list).toEqual({ requests: [restriction.json(), erasure.json()], restrictedSince: null });
      expect(await own.database.db.selectFrom('privacy_request_answers').select('request_id').execute()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

/** Whether the person is on any page of the advisor's list (a shared database holds many). */
async function listedForAdvisor(personId: string): Promise<boolean> {
  let after: string | null = null;
  do {
    const page = await as(staff.advisor.token, 'GET', `/api/persons?limit=200${after ? `&after=${after}` : ''}`);
    const { persons, nextAfter } = page.json() as { persons: { id: string }[]; nextAfter: string | null };
    if (persons.some((each) => each.id === personId)) return true;
    after = nextAfter;
  } while (after !== null);
  return false;
}
