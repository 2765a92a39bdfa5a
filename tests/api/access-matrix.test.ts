import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../../src/domain/mapping';
import { startTestServer } from './support/test-server';
import { bearer, newDufNumber, participantSession, staffSession } from './support/workspace';

/**
 * Every role against every route that needs a session: what each may do, and that everything
 * else is refused. The person concerned lives in municipality 4601 (Bergen, county 46 Vestland);
 * "elsewhere" is Oslo (0301, county 03). The table is the specification; PRINT_MATRIX=1 prints it.
 */
const actors = ['nobody', 'administrator', 'guide', 'guide elsewhere', 'advisor', 'advisor elsewhere', 'the person', 'another person'] as const;
type ActorName = (typeof actors)[number];

// ok = 2xx (a list: the person is in it); hidden = 200 but the person is not in the list;
// a batch answers 200 and says per mapping: ok or 403.
const expected: Record<string, string[]> = {
  'GET /api/me':                              ['401', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  'GET /api/staff':                           ['401', 'ok', '403', '403', '403', '403', '403', '403'],
  'POST /api/staff':                          ['401', 'ok', '403', '403', '403', '403', '403', '403'],
  'GET /api/persons':                         ['401', '403', 'ok', 'hidden', 'ok', 'hidden', '403', '403'],
  'POST /api/persons':                        ['401', '403', 'ok', 'ok', '403', '403', '403', '403'],
  'GET /api/persons/:id':                     ['401', '403', 'ok', '403', 'ok', '403', '403', '403'],
  'POST /api/persons/:id/login-code':         ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  'DELETE /api/persons/:id/login-code':       ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  'POST /api/persons/:id/remarks':            ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  'POST /api/persons/:id/quality-assurance':  ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  'POST /api/persons/:id/assisted-sessions':  ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  'POST /api/persons/:id/advisor-notes':      ['401', '403', '403', '403', 'ok', '403', '403', '403'],
  'GET /api/mappings/:id':                    ['401', '403', 'ok', '403', 'ok', '403', 'ok', '403'],
  'PUT /api/mappings/:id':                    ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
  'POST /api/mappings/batch':                 ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
  // The person's rights: their own under /api/me (another person gets their own), a guide's on their behalf.
  'GET /api/me/data':                         ['401', '403', '403', '403', '403', '403', 'ok', 'ok'],
  'GET /api/me/privacy-requests':             ['401', '403', '403', '403', '403', '403', 'ok', 'ok'],
  'POST /api/me/privacy-requests':            ['401', '403', '403', '403', '403', '403', 'ok', 'ok'],
  'GET /api/persons/:id/data':                ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
  'GET /api/persons/:id/privacy-requests':    ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
  'POST /api/persons/:id/privacy-requests':   ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
  'POST /api/persons/:id/privacy-requests/:requestId/answer': ['401', '403', 'ok', '403', '403', '403', '403', '403'],
  // The audit log: searched by administrators; who saw the person's data, for them and their guide.
  'POST /api/audit/search':                   ['401', 'ok', '403', '403', '403', '403', '403', '403'],
  'GET /api/me/access-report':                ['401', '403', '403', '403', '403', '403', 'ok', 'ok'],
  'GET /api/persons/:id/access-report':       ['401', '403', 'ok', '403', '403', '403', 'ok', '403'],
};

let server: Awaited<ReturnType<typeof startTestServer>>;
const staffTokens = {} as Record<'administrator' | 'guide' | 'guide elsewhere' | 'advisor' | 'advisor elsewhere', string>;

beforeAll(async () => {
  server = await startTestServer();
  staffTokens.administrator = (await staffSession(server, { role: 'administrator' })).token;
  staffTokens.guide = (await staffSession(server, { role: 'guide', municipality: '4601' })).token;
  staffTokens['guide elsewhere'] = (await staffSession(server, { role: 'guide', municipality: '0301' })).token;
  staffTokens.advisor = (await staffSession(server, { role: 'advisor', county: '46' })).token;
  staffTokens['advisor elsewhere'] = (await staffSession(server, { role: 'advisor', county: '03' })).token;
});
afterAll(async () => server.close());

const submitted = { ...emptyMappingContent('ar'), submittedAt: '2026-11-20T10:00:00.000Z' };

/** A fresh person in Bergen with a submitted mapping, and the token of the actor asking. */
async function cell(actor: ActorName) {
  const own = await participantSession(server, staffTokens.guide);
  const person = own.person;
  await server.app.inject({
    method: 'PUT',
    url: `/api/mappings/${person.mappingId}`,
    headers: bearer(own.token),
    payload: { revision: 1, baseRevision: null, content: submitted },
  });
  const token =
    actor === 'nobody'
      ? null
      : actor === 'the person'
        ? own.token
        : actor === 'another person'
          ? (await participantSession(server, staffTokens.guide)).token
          : staffTokens[actor];
  return { person, token };
}

async function outcome(route: string, actor: ActorName): Promise<string> {
  const { person, token } = await cell(actor);
  const [method, template] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
  const requestId = template.includes(':requestId') ? await privacyRequestOf(person.id) : '';
  const url = template.replace(':id', template.startsWith('/api/mappings') ? person.mappingId : person.id).replace(':requestId', requestId);
  const payloads: Record<string, unknown> = {
    'POST /api/staff': { name: 'Ny veileder', email: `ny-${newDufNumber()}@kommune.example`, role: 'guide', municipality: '4601' },
    'POST /api/persons': { dufNumber: newDufNumber(), name: 'Ny person', settledOn: '2026-11-01' },
    'POST /api/persons/:id/remarks': { part: 'work', text: 'Har også jobbet som frisør.' },
    'POST /api/persons/:id/assisted-sessions': {
      id: randomUUID(),
      startedAt: '2026-11-30T09:00:00.000Z',
      finishedAt: '2026-11-30T10:00:00.000Z',
      interpreterPresent: true,
      language: 'ar',
    },
    'POST /api/persons/:id/advisor-notes': { wishes: 'Helsefag', recommendation: 'education', text: 'Helsefagarbeider.', guidanceCompleted: true },
    'PUT /api/mappings/:id': { revision: 2, baseRevision: 1, content: submitted },
    'POST /api/mappings/batch': { mappings: [{ id: person.mappingId, revision: 2, baseRevision: 1, content: submitted }] },
    'POST /api/me/privacy-requests': { kind: 'correction', message: 'Jeg snakker også fransk.' },
    'POST /api/persons/:id/privacy-requests': { kind: 'correction', message: 'Jeg snakker også fransk.' },
    'POST /api/audit/search': { limit: 1 },
    // Refused: an answer that erases or restricts would change the person under the next cells.
    'POST /api/persons/:id/privacy-requests/:requestId/answer': { outcome: 'refused', explanation: 'Står allerede i kartleggingen.' },
  };
  const response = await server.app.inject({
    method,
    url,
    headers: token === null ? {} : bearer(token),
    ...(payloads[route] === undefined ? {} : { payload: payloads[route] as object }),
  });
  if (response.statusCode >= 300) return String(response.statusCode);
  if (route === 'GET /api/persons') return (await listsPerson(token!, person.id)) ? 'ok' : 'hidden';
  if (route === 'POST /api/mappings/batch') return response.json().results[0].status === 200 ? 'ok' : String(response.json().results[0].status);
  return 'ok';
}

/** A request the guide made on the person's behalf, for the answer's cells. */
async function privacyRequestOf(personId: string): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: `/api/persons/${personId}/privacy-requests`,
    headers: bearer(staffTokens.guide),
    payload: { kind: 'restriction' },
  });
  return response.json().id;
}

/** Whether the person is on any page of the list this session sees (a shared database holds many). */
async function listsPerson(token: string, personId: string): Promise<boolean> {
  let after: string | null = null;
  do {
    const page = await server.app.inject({ method: 'GET', url: `/api/persons?limit=200${after ? `&after=${after}` : ''}`, headers: bearer(token) });
    const { persons, nextAfter } = page.json() as { persons: { id: string }[]; nextAfter: string | null };
    if (persons.some((each) => each.id === personId)) return true;
    after = nextAfter;
  } while (after !== null);
  return false;
}

describe('who may use which route', () => {
  it('allows each role exactly what the table says, in its own area, and refuses the rest', async () => {
    const actual: Record<string, string[]> = {};
    for (const route of Object.keys(expected)) {
      actual[route] = [];
      for (const actor of actors) actual[route].push(await outcome(route, actor));
    }
    if (process.env.PRINT_MATRIX) {
      const rows = Object.entries(actual).map(([route, cells]) => `| ${route} | ${cells.join(' | ')} |`);
      console.log([`| route | ${actors.join(' | ')} |`, `|---|${actors.map(() => '---').join('|')}|`, ...rows].join('\n'));
    }
    expect(actual).toEqual(expected);
  }, 120_000);

  it('ends a session at log-out: the same token is refused afterwards', async () => {
    const { token } = await staffSession(server, { role: 'guide', municipality: '4601' });
    expect((await server.app.inject({ method: 'POST', url: '/api/logout', headers: bearer(token) })).statusCode).toBe(204);
    expect((await server.app.inject({ method: 'GET', url: '/api/me', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('refuses a token that was never issued, and a malformed one, with the same 401', async () => {
    for (const authorization of ['Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'Bearer', 'Basic dXNlcjpwYXNz']) {
      const response = await server.app.inject({ method: 'GET', url: '/api/me', headers: { authorization } });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
  });
});
