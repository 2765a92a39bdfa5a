// The network comes back for a whole town at once: every device sends the drafts it kept
// offline in the same instant. Then the database is read: every revision answered 200 must be
// stored exactly once, as sent, and nothing else; no answer may be a 5xx.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kompass_bench_server npx tsx bench/reconnect-storm.ts
// Without DATABASE_URL the server runs on embedded PGlite. Sizes: DEVICES (1000), DRAFTS per
// device (5), STORMS: which storms, in turn, each on drafts of its own (puts,batch):
//   puts   a shared tablet: each draft is a different participant's, with that participant's
//          session, so each goes as its own PUT (as the sync runner sends them), all at once;
//   batch  a guide's tablet after assisted sessions: one session, the drafts in one
//          POST /api/mappings/batch (as the sync runner sends one session's drafts).
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../src/domain/canonical-json';
import { requestTimeoutMs } from '../src/offline/mapping-api-client';
import type { PutMappingBody, PutMappingsBatchReply } from '../src/domain/mapping-api';
import { hostLoad, percentile, reportFigures, type Figure } from './support/figures';
import { filledMapping } from './support/filled-mapping';
import { seedGuide, seedGuideSessions, seedParticipants, seedPersons } from './support/seed-people';
import { serverRig } from './support/server-rig';
import type { Database } from '../server/db/database';

const deviceCount = Number(process.env.DEVICES ?? 1000);
const draftsPerDevice = Number(process.env.DRAFTS ?? 5);
const storms = (process.env.STORMS ?? 'puts,batch').split(',') as StormKind[];
type StormKind = 'puts' | 'batch';

/** One draft kept offline: the mapping it belongs to and the revision the device has of it. */
interface Draft {
  mappingId: string;
  body: PutMappingBody;
}

/** One HTTP request of the storm: where, with which session, carrying which drafts. */
interface StormRequest {
  method: 'PUT' | 'POST';
  path: string;
  token: string;
  payload: string;
  drafts: Draft[];
}

/** What came back for each draft: its HTTP status (a batch's per-mapping status), or null when no answer came. */
interface Answer {
  draft: Draft;
  status: number | null;
}

/** Drafts edited offline for a while: the revision has moved on, the server has none of it yet. */
function offlineDrafts(mappingIds: string[], deviceId: string, first: number): Draft[] {
  return mappingIds.map((mappingId, index) => {
    const revision = 3 + ((first + index) % 40);
    return { mappingId, body: { revision, baseRevision: null, deviceId, content: filledMapping(revision) } };
  });
}

function putRequest(draft: Draft, token: string): StormRequest {
  return { method: 'PUT', path: `/api/mappings/${draft.mappingId}`, token, payload: JSON.stringify(draft.body), drafts: [draft] };
}

function batchRequest(drafts: Draft[], token: string): StormRequest {
  const mappings = drafts.map((draft) => ({ id: draft.mappingId, ...draft.body }));
  return { method: 'POST', path: '/api/mappings/batch', token, payload: JSON.stringify({ mappings }), drafts };
}

/** Every request of one storm, with the people it needs, made before any storm starts (so making them does not spread a storm out). */
async function stormRequests(kind: StormKind, db: Database['db']): Promise<StormRequest[]> {
  const now = new Date();
  const total = deviceCount * draftsPerDevice;
  const guide = await seedGuide(db, now);
  const requests: StormRequest[] = [];
  if (kind === 'puts') {
    const participants = await seedParticipants(db, guide, total, now);
    for (let device = 0; device < deviceCount; device++) {
      const own = participants.slice(device * draftsPerDevice, (device + 1) * draftsPerDevice);
      const drafts = offlineDrafts(own.map((participant) => participant.mappingId), uuidv7(), device);
      drafts.forEach((draft, index) => requests.push(putRequest(draft, own[index]!.token)));
    }
  } else {
    const persons = await seedPersons(db, guide, total, now);
    const tablets = await seedGuideSessions(db, guide, deviceCount, now);
    for (let device = 0; device < deviceCount; device++) {
      const own = persons.slice(device * draftsPerDevice, (device + 1) * draftsPerDevice);
      requests.push(batchRequest(offlineDrafts(own.map((person) => person.mappingId), uuidv7(), device), tablets[device]!));
    }
  }
  return requests;
}

/** Sends one request; its time runs from the storm's start, as a person waiting would count it. */
async function send(url: string, request: StormRequest, startedAt: number): Promise<{ answers: Answer[]; ms: number; networkError: string | null }> {
  try {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
      body: request.payload,
    });
    const text = await response.text();
    const ms = performance.now() - startedAt;
    if (request.method === 'POST' && response.status === 200) {
      const { results } = JSON.parse(text) as PutMappingsBatchReply;
      return { answers: request.drafts.map((draft, index) => ({ draft, status: results[index]!.status })), ms, networkError: null };
    }
    return { answers: request.drafts.map((draft) => ({ draft, status: response.status })), ms, networkError: null };
  } catch (error) {
    // fetch says only "fetch failed"; the cause says what: a refused or reset connection, a timeout.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? String(error);
    return { answers: request.drafts.map((draft) => ({ draft, status: null })), ms: performance.now() - startedAt, networkError: why };
  }
}

/** What the database holds, compared with what was answered 200. */
interface Verdict {
  lost: number;
  storedTwice: number;
  storedDifferently: number;
  notCurrent: number;
  unsent: number;
}

async function verify(db: Database['db'], answers: Answer[]): Promise<Verdict> {
  const ids = answers.map(({ draft }) => draft.mappingId);
  const revisions = await db.selectFrom('mapping_revisions').select(['mapping_id', 'revision', 'content']).where('mapping_id', 'in', ids).execute();
  const current = new Map((await db.selectFrom('mappings').select(['id', 'revision']).where('id', 'in', ids).execute()).map((row) => [row.id, row.revision]));
  // Map.groupBy needs Node 21.
  const storedOf = new Map<string, typeof revisions>();
  for (const row of revisions) {
    const key = `${row.mapping_id} ${row.revision}`;
    storedOf.set(key, [...(storedOf.get(key) ?? []), row]);
  }
  const sent = new Set(answers.map(({ draft }) => `${draft.mappingId} ${draft.body.revision}`));
  const verdict: Verdict = { lost: 0, storedTwice: 0, storedDifferently: 0, notCurrent: 0, unsent: 0 };
  verdict.unsent = revisions.filter((row) => !sent.has(`${row.mapping_id} ${row.revision}`)).length;
  for (const { draft, status } of answers) {
    if (status !== 200) continue;
    const stored = storedOf.get(`${draft.mappingId} ${draft.body.revision}`) ?? [];
    if (stored.length === 0) verdict.lost++;
    if (stored.length > 1) verdict.storedTwice++;
    if (stored.some((row) => canonicalJson(row.content) !== canonicalJson(draft.body.content))) verdict.storedDifferently++;
    if (current.get(draft.mappingId) !== draft.body.revision) verdict.notCurrent++;
  }
  return verdict;
}

/** How often each came up, as "409×3, 429×2". */
function tally(things: (number | string)[]): string {
  const counts = new Map<number | string, number>();
  for (const thing of things) counts.set(thing, (counts.get(thing) ?? 0) + 1);
  return [...counts].map(([thing, count]) => `${thing}×${count}`).join(', ');
}

interface StormOutcome {
  sent: Awaited<ReturnType<typeof send>>[];
  seconds: number;
}

/** All requests released at once; each one's time counts from that moment. */
async function unleash(url: string, requests: StormRequest[]): Promise<StormOutcome> {
  const startedAt = performance.now();
  const sent = await Promise.all(requests.map((request) => send(url, request, startedAt)));
  return { sent, seconds: (performance.now() - startedAt) / 1000 };
}

function stormFigures(kind: StormKind, requests: StormRequest[], { sent, seconds }: StormOutcome, verdict: Verdict): Figure[] {
  const statuses = sent.flatMap((each) => each.answers.map((answer) => answer.status)).filter((status) => status !== null);
  const errors5xx = statuses.filter((status) => status >= 500);
  const errors4xx = statuses.filter((status) => status >= 400 && status < 500);
  const unanswered = sent.map((each) => each.networkError).filter((why) => why !== null);
  const latencies = sent.map((each) => each.ms).sort((a, b) => a - b);
  const label = kind === 'puts' ? 'PUTs' : 'batches';
  return [
    { what: `${label}: requests at once`, value: requests.length, unit: '', note: `${deviceCount} devices × ${draftsPerDevice} drafts` },
    { what: `${label}: drafts answered 5xx`, value: errors5xx.length, unit: '', budget: { atMost: 0 }, ...(errors5xx.length ? { note: tally(errors5xx) } : {}) },
    { what: `${label}: drafts answered 4xx`, value: errors4xx.length, unit: '', ...(errors4xx.length ? { note: tally(errors4xx) } : {}) },
    { what: `${label}: requests without an answer`, value: unanswered.length, unit: '', budget: { atMost: 0 }, ...(unanswered.length ? { note: tally(unanswered) } : {}) },
    { what: `${label}: revisions answered 200 but not stored`, value: verdict.lost, unit: '', budget: { atMost: 0 } },
    { what: `${label}: revisions stored twice`, value: verdict.storedTwice, unit: '', budget: { atMost: 0 } },
    { what: `${label}: revisions stored other than sent`, value: verdict.storedDifferently + verdict.unsent, unit: '', budget: { atMost: 0 } },
    { what: `${label}: mappings whose current copy is not the one sent`, value: verdict.notCurrent, unit: '', budget: { atMost: 0 } },
    {
      what: `${label}: answered before the app gives up (${requestTimeoutMs / 1000} s)`,
      value: (100 * sent.filter((each) => each.networkError === null && each.ms <= requestTimeoutMs).length) / sent.length,
      unit: '%',
      note: 'a later answer counts as none on the device, which sends again',
    },
    { what: `${label}: latency p50`, value: percentile(latencies, 50), unit: 'ms' },
    { what: `${label}: latency p99`, value: percentile(latencies, 99), unit: 'ms' },
    { what: `${label}: latency max`, value: latencies.at(-1)!, unit: 'ms' },
    { what: `${label}: all answered after`, value: seconds, unit: 's' },
  ];
}

// One database and one server for the storms, one after the other, each on drafts of its own.
const rig = await serverRig('storm');
try {
  const planned = await rig.withDatabase(async ({ db }) => {
    const requests: { kind: StormKind; requests: StormRequest[] }[] = [];
    for (const kind of storms) requests.push({ kind, requests: await stormRequests(kind, db) });
    return requests;
  });
  const server = await rig.startServer();
  const outcomes: { kind: StormKind; requests: StormRequest[]; outcome: StormOutcome }[] = [];
  try {
    for (const storm of planned) outcomes.push({ ...storm, outcome: await unleash(server.url, storm.requests) });
  } finally {
    await server.stop();
  }
  const figures = await rig.withDatabase(async ({ db }) => {
    const all: Figure[] = [];
    for (const { kind, requests, outcome } of outcomes) {
      const verdict = await verify(db, outcome.sent.flatMap((each) => each.answers));
      all.push(...stormFigures(kind, requests, outcome, verdict));
    }
    return all;
  });
  reportFigures(
    'reconnect-storm',
    `Reconnect storm on ${rig.kind}: ${deviceCount} devices each sending ${draftsPerDevice} drafts at the same moment (the load generator on the same machine; ${hostLoad()})`,
    figures,
  );
} finally {
  await rig.remove();
}
