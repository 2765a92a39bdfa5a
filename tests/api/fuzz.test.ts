import { randomInt, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../../src/domain/mapping';
import { apiErrorSchema } from '../../src/domain/mapping-api';
import { startSession } from '../../server/auth/sessions';
import { acceptInvitation, inviteStaff } from '../../server/services/staff';
import { describeRequest, hostileRequest, mutations, type Mutation, type RouteInputs, type ValidRequest } from './support/fuzz-requests';
import { filledMapping, markupPayloads, prototypePolluted, sqlPayload } from '../../src/domain/hostile-input';
import { startTestServer } from './support/test-server';
import { bearer, issueCode, newDufNumber, newEmail, participantSession, password, registerPerson, staffSession } from './support/workspace';

/**
 * Every API route, fed hostile input with a session that gets it to the handler: always a
 * status below 500, a 4xx says why in `{ error: { code, message } }` and changes no table, and
 * a 2xx stores the hostile text as it was sent. FUZZ_RUNS=<n> for a bigger run, FUZZ_SEED=<s>
 * to repeat one.
 */
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);
const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
const caseTimeoutMs = 1_500;
/** A route that takes no input has only a hostile body to refuse: a third of the runs is plenty. */
const runsFor = ({ inputs }: FuzzRoute) => (inputs.body || inputs.params || inputs.query ? numRuns : Math.ceil(numRuns / 3));

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let actors: Record<'administrator' | 'guide' | 'advisor' | 'participant', string>;
/** Persons that one case after another may change: remarks, notes, codes, quality assurance. */
let shared: { personId: string; codePersonId: string; submittedPersonId: string; submittedMappingId: string; code: string };
let login: { email: string };
const invitedEmails = new Map<string, string>();

const bergen = { role: 'guide', municipality: '4601' } as const;
const person = async () => registerPerson(server, actors.guide);
const read = async (url: string, token = actors.guide) => (await server.app.inject({ method: 'GET', url, headers: bearer(token) })).json();

const mappingBody = () => ({ revision: 1, baseRevision: null, deviceId: randomUUID(), content: filledMapping() });
const body: RouteInputs = { body: true, params: false, query: false };
const none: RouteInputs = { body: false, params: false, query: false };
const query: RouteInputs = { body: false, params: false, query: true };
const withId = (inputs: RouteInputs): RouteInputs => ({ ...inputs, params: true });

interface FuzzRoute {
  inputs: RouteInputs;
  /** A fresh request that would succeed, made before the tables are counted. */
  valid: () => Promise<ValidRequest>;
  /**
   * For a route that stores what it is sent: where a 2xx's stored text (`placed` in the
   * request) shows, its reply or what reading it back gives.
   */
  keeps?: 'reply' | ((valid: ValidRequest, placed: string) => Promise<unknown>);
}

const privacyRequest = () => ({ id: randomUUID(), kind: 'correction', message: 'Fødselsåret er feil' });

/** Every route the server has, by `METHOD /url`: a route missing here fails the run. */
const routes: Record<string, FuzzRoute> = {
  'GET /api/health': { inputs: none, valid: async () => ({}) },
  'GET /api/docs': { inputs: none, valid: async () => ({}) },
  'GET /api/me': { inputs: none, valid: async () => ({ token: actors.participant }) },
  'GET /api/me/data': { inputs: none, valid: async () => ({ token: actors.participant }) },
  'GET /api/me/privacy-requests': { inputs: none, valid: async () => ({ token: actors.participant }) },
  'POST /api/me/privacy-requests': { inputs: body, valid: async () => ({ token: actors.participant, body: privacyRequest() }), keeps: 'reply' },
  'GET /api/me/access-report': { inputs: query, valid: async () => ({ token: actors.participant, query: { days: '30' } }) },
  'POST /api/audit/search': { inputs: body, valid: async () => ({ token: actors.administrator, body: { action: 'read_person', limit: 5 } }) },
  'POST /api/setup': {
    inputs: body,
    keeps: 'reply',
    // An administrator exists, so no setup link is in force: every case is refused, none may write.
    valid: async () => ({ body: { setupToken: 'x'.repeat(43), name: 'Ada', email: newEmail('setup'), password } }),
  },
  'POST /api/invitations/accept': {
    inputs: body,
    valid: async () => {
      const email = newEmail('invited');
      const invited = await inviteStaff(server.database.db, { name: 'Invitert', email, ...bergen }, new Date());
      if (invited.kind !== 'invited') throw new Error('invitation failed');
      invitedEmails.set(invited.inviteToken, email);
      return { body: { inviteToken: invited.inviteToken, password } };
    },
    // The password is kept as typed: the account opens with exactly it.
    keeps: async ({ body: sent }, placed) => {
      const email = invitedEmails.get((sent as { inviteToken: string }).inviteToken);
      const response = await server.app.inject({ method: 'POST', url: '/api/login/staff', payload: { email, password: placed } });
      return response.statusCode === 200 ? { password: placed } : {};
    },
  },
  'POST /api/login/staff': { inputs: body, valid: async () => ({ body: { email: login.email, password } }) },
  'POST /api/login/code': { inputs: body, valid: async () => ({ body: { code: shared.code } }) },
  'POST /api/logout': {
    inputs: none,
    valid: async () => ({ token: (await startSession(server.database.db, { personId: shared.personId }, new Date())).token }),
  },
  'GET /api/staff': { inputs: none, valid: async () => ({ token: actors.administrator }) },
  'POST /api/staff': {
    inputs: body,
    valid: async () => ({ token: actors.administrator, body: { name: 'Kari Veileder', email: newEmail(), ...bergen } }),
    keeps: 'reply',
  },
  'GET /api/persons': { inputs: query, valid: async () => ({ query: { limit: '5' } }) },
  'POST /api/persons': {
    inputs: body,
    valid: async () => ({ body: { dufNumber: newDufNumber(), name: 'Amina Test', settledOn: '2026-10-01' } }),
    keeps: 'reply',
  },
  'GET /api/persons/:id': { inputs: withId(none), valid: async () => ({ params: { id: shared.personId } }) },
  'GET /api/persons/:id/data': { inputs: withId(none), valid: async () => ({ params: { id: shared.personId } }) },
  'GET /api/persons/:id/access-report': { inputs: withId(query), valid: async () => ({ params: { id: shared.personId }, query: { days: '30' } }) },
  'GET /api/persons/:id/privacy-requests': { inputs: withId(none), valid: async () => ({ params: { id: shared.personId } }) },
  'POST /api/persons/:id/privacy-requests': {
    inputs: withId(body),
    valid: async () => ({ params: { id: shared.personId }, body: privacyRequest() }),
    keeps: 'reply',
  },
  'POST /api/persons/:id/privacy-requests/:requestId/answer': {
    inputs: withId(body),
    valid: async () => {
      const asked = await server.app.inject({ method: 'POST', url: `/api/persons/${shared.personId}/privacy-requests`, headers: bearer(actors.guide), payload: privacyRequest() });
      return { params: { id: shared.personId, requestId: asked.json().id }, body: { outcome: 'refused', explanation: 'Året stemmer med papirene' } };
    },
    keeps: 'reply',
  },
  'POST /api/persons/:id/login-code': { inputs: withId(none), valid: async () => ({ params: { id: shared.codePersonId } }) },
  'DELETE /api/persons/:id/login-code': { inputs: withId(none), valid: async () => ({ params: { id: shared.codePersonId } }) },
  'POST /api/persons/:id/remarks': {
    inputs: withId(body),
    valid: async () => ({ params: { id: shared.personId }, body: { id: randomUUID(), part: 'wishes', text: 'Ønsker helsefag' } }),
    keeps: 'reply',
  },
  'POST /api/persons/:id/quality-assurance': { inputs: withId(none), valid: async () => ({ params: { id: shared.submittedPersonId } }) },
  'POST /api/persons/:id/assisted-sessions': {
    inputs: withId(body),
    valid: async () => ({
      params: { id: shared.personId },
      body: { id: randomUUID(), startedAt: '2026-11-23T10:00:00.000Z', finishedAt: '2026-11-23T11:00:00Z', interpreterPresent: true, language: 'ar' },
    }),
    keeps: async ({ params }) => read(`/api/persons/${params!.id}`),
  },
  'POST /api/persons/:id/advisor-notes': {
    inputs: withId(body),
    valid: async () => ({
      token: actors.advisor,
      params: { id: shared.personId },
      body: { wishes: 'Vil bli sykepleier', recommendation: 'education', text: 'Anbefaler norskkurs', guidanceCompleted: false },
    }),
    keeps: async ({ params }) => read(`/api/persons/${params!.id}`, actors.advisor),
  },
  'GET /api/mappings/:id': { inputs: withId(none), valid: async () => ({ params: { id: shared.submittedMappingId } }) },
  'PUT /api/mappings/:id': {
    inputs: withId(body),
    valid: async () => ({ params: { id: (await person()).mappingId }, body: mappingBody() }),
    keeps: async ({ params }) => read(`/api/mappings/${params!.id}`),
  },
  'POST /api/mappings/batch': {
    inputs: body,
    valid: async () => ({ body: { mappings: [{ id: (await person()).mappingId, ...mappingBody() }, { id: (await person()).mappingId, ...mappingBody() }] } }),
    keeps: async ({ body: sent }) => Promise.all((sent as { mappings: { id: string }[] }).mappings.map(({ id }) => read(`/api/mappings/${id}`))),
  },
};

/** The routes Fastify has, read from its route tree (a HEAD beside each GET is Fastify's own). */
function serverRoutes(): string[] {
  const found: string[] = [];
  const parents: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    parents[depth] = (parents[depth - 1] ?? '') + match[2];
    parents.length = depth + 1;
    for (const method of match[3]?.split(', ') ?? []) if (method !== 'HEAD') found.push(`${method} ${parents[depth]}`);
  }
  return found.filter((route) => route.includes(' /api/')).sort();
}

let tables: string[];
let known: { xmax: string; states: Map<string, string> } | null = null;

/**
 * What any request with a session writes by design, whatever its outcome, and so also on a 4xx:
 * who was let in or turned away (the audit log), failed log-ins (the throttle), and when a
 * session was last used (its idle limit). Whole tables, or the columns named.
 */
const bookkeeping: Record<string, string[] | 'all'> = { audit_events: 'all', login_throttle: 'all', sessions: ['last_used_at'] };

/** One table's rows: how many, and the newest writer (or, with bookkeeping columns left out, a digest of the rest). */
function tableState(name: string): string {
  const skipped = bookkeeping[name];
  if (!Array.isArray(skipped)) return `count(*) || ':' || coalesce(max(xmin::text::bigint), 0)`;
  const row = `(to_jsonb(t) ${skipped.map((column) => `- '${column}'`).join(' ')})::text`;
  return `count(*) || ':' || md5(coalesce(string_agg(${row}, ',' order by ${row}), ''))`;
}

/**
 * Every table's state (an insert, update or delete in any shows, bookkeeping aside). Read again
 * only when a transaction has written since (the next transaction id moved on), so a case that
 * wrote nothing costs one short query.
 */
async function tableStates(): Promise<Map<string, string>> {
  const { db } = server.database;
  const { rows } = await sql<{ xmax: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(db);
  const xmax = rows[0]!.xmax;
  if (known?.xmax === xmax) return known.states;
  const query = tables
    .filter((name) => bookkeeping[name] !== 'all')
    .map((name) => `select '${name}' as name, ${tableState(name)} as state from "${name}" t`)
    .join(' union all ');
  const states = await sql<{ name: string; state: string }>`${sql.raw(query)}`.execute(db);
  known = { xmax, states: new Map(states.rows.map((row) => [row.name, row.state])) };
  return known.states;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}

function textsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) textsIn(item, into);
  return into;
}

const tally = { cases: 0, serverErrors: 0, partialWrites: 0 };

/** One hostile request; what went wrong with it, if anything. */
async function fuzzCase(key: string, route: FuzzRoute, mutation: Mutation, client: number): Promise<string[]> {
  const [method, url] = key.split(' ') as [string, string];
  const valid = await route.valid();
  const token = valid.token ?? routeActor(url);
  const { request, placed } = hostileRequest({ method, url }, { ...valid, token }, mutation);
  // Each case from its own address, so the log-in throttle lets them reach the handler.
  request.remoteAddress = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
  const before = await tableStates();
  const response = await server.app.inject(request);
  tally.cases += 1;

  const problems: string[] = [];
  const status = response.statusCode;
  if (status >= 500) {
    tally.serverErrors += 1;
    problems.push(`${status}: ${response.body.slice(0, 200)}`);
  } else if (status >= 400) {
    const reply = apiErrorSchema.safeParse(response.json());
    if (!reply.success) problems.push(`${status} without { error: { code, message } }: ${response.body.slice(0, 200)}`);
    const changed = changedTables(before, await tableStates());
    if (changed.length > 0) {
      tally.partialWrites += 1;
      problems.push(`${status} but wrote to ${changed.join(', ')}: ${response.body.slice(0, 200)}`);
    }
  } else if (mutation.kind === 'bytes') {
    problems.push(`${status} for a body that is not UTF-8: what was stored is not what was sent`);
  } else if (placed !== undefined && route.keeps !== undefined) {
    const stored = textsIn(route.keeps === 'reply' ? response.json() : await route.keeps(valid, placed));
    if (!stored.has(placed) && !stored.has(placed.trim())) problems.push(`${status} but ${JSON.stringify(placed.slice(0, 80))} was not stored as sent`);
  }
  if (prototypePolluted()) problems.push('Object.prototype was polluted');
  return problems.map((problem) => `${key} ← ${describeRequest(request)}\n    → ${problem}`);
}

/** The actor whose session gets each route's request to its handler. */
function routeActor(url: string): string {
  if (url.startsWith('/api/staff') || url.startsWith('/api/audit')) return actors.administrator;
  if (url.startsWith('/api/me')) return actors.participant;
  return actors.guide;
}

beforeAll(async () => {
  console.log(`fuzz: seed ${seed}, ${numRuns} runs per route taking input (FUZZ_SEED=${seed} repeats this run)`);
  server = await startTestServer();
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(server.database.db);
  tables = rows.map((row) => row.name);
  const guide = await staffSession(server, bergen);
  const participant = await participantSession(server, guide.token);
  actors = {
    administrator: (await staffSession(server, { role: 'administrator' })).token,
    guide: guide.token,
    advisor: (await staffSession(server, { role: 'advisor', county: '46' })).token,
    participant: participant.token,
  };
  login = { email: newEmail('login') };
  const invited = await inviteStaff(server.database.db, { name: 'Logger Inn', email: login.email, ...bergen }, new Date());
  if (invited.kind !== 'invited') throw new Error('invitation failed');
  await acceptInvitation(server.database.db, { inviteToken: invited.inviteToken, password }, new Date());

  const [sharedPerson, codePerson, submitted] = [await person(), await person(), await person()];
  const content = { ...emptyMappingContent('nb'), submittedAt: '2026-11-23T10:00:00.000Z' };
  await server.app.inject({ method: 'PUT', url: `/api/mappings/${submitted.mappingId}`, headers: bearer(guide.token), payload: { revision: 1, baseRevision: null, content } });
  shared = { personId: sharedPerson.id, codePersonId: codePerson.id, submittedPersonId: submitted.id, submittedMappingId: submitted.mappingId, code: await issueCode(server, guide.token, sharedPerson.id) };
});

afterAll(async () => {
  console.log(`fuzz: ${tally.cases} cases over ${Object.keys(routes).length} routes, seed ${seed}, ${tally.serverErrors} 5xx, ${tally.partialWrites} partial writes`);
  await server?.close();
});

describe('hostile input to every API route', () => {
  it('covers every route the server has', () => {
    expect(serverRoutes()).toEqual(Object.keys(routes).sort());
  });

  it('stores SQL and markup in a text field as it was sent', async () => {
    const texts = [sqlPayload, ...markupPayloads];
    for (const text of texts) {
      const response = await server.app.inject({
        method: 'POST',
        url: `/api/persons/${shared.personId}/remarks`,
        headers: bearer(actors.guide),
        payload: { part: 'work', text },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().text).toBe(text);
    }
    const remarks = (await read(`/api/persons/${shared.personId}`)).remarks as { text: string }[];
    expect(remarks.map((remark) => remark.text)).toEqual(expect.arrayContaining(texts));
  });

  it('refuses a body that is not UTF-8 with a reason, and stores nothing', async () => {
    const before = await tableStates();
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/persons/${shared.personId}/remarks`,
      headers: { ...bearer(actors.guide), 'content-type': 'application/json' },
      payload: Buffer.concat([Buffer.from('{"part":"work","text":"a'), Buffer.from([0xc3, 0x28]), Buffer.from('b"}')]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'invalid_request', message: 'The body is not UTF-8 text' } });
    expect(changedTables(before, await tableStates())).toEqual([]);
  });

  let client = 0;
  for (const [key, route] of Object.entries(routes)) {
    it(`${key}: below 500, a reason with every 4xx, nothing written by one`, async () => {
      const found: string[] = [];
      await fc.assert(
        fc.asyncProperty(mutations(route.inputs), async (mutation) => {
          found.push(...(await fuzzCase(key, route, mutation, (client += 1))));
        }),
        { seed, numRuns: runsFor(route) },
      );
      expect(found.slice(0, 10)).toEqual([]);
    }, Math.max(30_000, runsFor(route) * caseTimeoutMs));
  }
});
