import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../domain/canonical-json';
import { emptyMappingContent, type MappingContent } from '../domain/mapping';
import type { PutMappingBody } from '../domain/mapping-api';
import { decideMappingPut } from '../domain/mapping-put';
import type { OutboxEntry } from './db';
import { adoptDraft, currentDraft, readDraft, saveDraftContent } from './draft-repository';
import { seal } from './login-keys';
import { loginSecretsOf } from './participant-logins';
import type { SendMappings, SendResult } from './mapping-api-client';
import type { CodeExchange } from './draft-credentials';
import type { KompassDatabase } from './db';
import { createSyncRunner as createRunner, type SyncRunnerOptions } from './sync-runner';
import { queueRemark } from './staff-records';
import { keepStaffSession } from './staff-session';
import { openTestDatabase } from './test-database';

const now = new Date('2026-11-23T10:00:00Z');

/** Answers each request with the next scripted status and records what was sent. */
function scriptedServer(statuses: (number | null)[]) {
  const requests: { id: string; body: PutMappingBody }[] = [];
  const sendMapping = async (id: string, body: PutMappingBody): Promise<SendResult> => {
    requests.push({ id, body });
    const status = statuses.length > 0 ? (statuses.shift() as number | null) : 200;
    return { status, retryAfter: null };
  };
  return { requests, sendMapping };
}

/** Most tests: every draft's person has logged in already; the runner must not need to ask. */
const notAsked = async (): Promise<CodeExchange> => {
  throw new Error('no login code should be exchanged here');
};
const createSyncRunner = (options: Omit<SyncRunnerOptions, 'exchangeLoginCode'> & Partial<SyncRunnerOptions>) =>
  createRunner({ exchangeLoginCode: notAsked, ...options });

const token = 'session-of-this-device';

/** Where a test files a code's login (the app derives it from the code; slow on purpose, so not here). */
const loginIdOf = (loginCode: string) => `login-of-${loginCode}`;

/**
 * A draft of a person whose code opened a session here (their key unlocked); the server keeps
 * their mapping under the same id.
 */
async function ownedBy(db: KompassDatabase, draftId: string, loginCode: string, login: { token: string | null; mappingId: string | null } = { token, mappingId: draftId }) {
  const loginId = loginIdOf(loginCode);
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await db.unlocked.put({ loginId, key, lockAt: Number.MAX_SAFE_INTEGER });
  await db.codeLogins.put({ loginId, secrets: await seal(key, { loginCode, token: login.token }, loginId), mappingId: login.mappingId, refusedAt: null });
  await adoptDraft(db, (await readDraft(db, draftId))!, { kind: 'participant', loginId });
}

const loginOf = (db: KompassDatabase, loginCode: string) => loginSecretsOf(db, loginIdOf(loginCode));

async function deviceWithDrafts(count: number) {
  const db = openTestDatabase();
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    await db.settings.clear();
    const draft = await currentDraft(db, 'nb', now);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    await ownedBy(db, draft.id, `CODE${index}`);
    ids.push(draft.id);
  }
  return { db, ids };
}

/** A guide's session on this device, and the person whose session they record remarks for. */
async function guideLoggedInHere(db: KompassDatabase) {
  await keepStaffSession(db, {
    token: 'guide-session',
    expiresAt: '2026-11-23T22:00:00.000Z',
    staff: { id: '0193a0a0-0000-7000-8000-000000000001', name: 'Guide', email: 'guide@example.org', activeSince: null, role: 'guide', municipality: '0301' },
  });
}
const assistedPersonId = '0193a0a0-0000-7000-8000-000000000002';

afterEach(() => {
  vi.useRealTimers();
});

describe('sync runner', () => {
  it('sends a saved draft with its revision and marks it sent', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const server = scriptedServer([200]);
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(server.requests).toEqual([
      { id: ids[0], body: { revision: 1, baseRevision: null, deviceId: expect.any(String), content: emptyMappingContent('nb') } },
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.drafts.get(ids[0]!)).toMatchObject({ sentRevision: 1, sentAt: now.toISOString() });
  });

  it('sends the confirmed revision as the base of the next one', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const server = scriptedServer([200, 200]);
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => now.getTime() });
    await runner.syncNow();
    await saveDraftContent(db, ids[0]!, emptyMappingContent('en'), now);
    await runner.syncNow();
    runner.stop();
    expect(server.requests.map((request) => [request.body.revision, request.body.baseRevision])).toEqual([
      [1, null],
      [2, 1],
    ]);
  });

  it('keeps a draft queued with backoff when the server cannot be reached', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const server = scriptedServer([null]);
    const runner = createSyncRunner({
      db,
      sendMapping: server.sendMapping,
      now: () => now.getTime(),
      random: () => 0.5,
    });
    await runner.syncNow();
    runner.stop();
    expect(await db.outbox.get(ids[0]!)).toMatchObject({ failedAttempts: 1, notBefore: now.getTime() + 500 });
    expect((await db.drafts.get(ids[0]!))?.sentRevision).toBeNull();
  });

  it('tries again by itself when the backoff has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db } = await deviceWithDrafts(1);
    const server = scriptedServer([503, 200]);
    let clock = now.getTime();
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => clock, random: () => 0.5 });
    await runner.syncNow();
    expect(server.requests).toHaveLength(1);
    clock += 500;
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0));
    runner.stop();
    expect(server.requests).toHaveLength(2);
  });

  it('sends at once when the connection comes back, whatever backoff offline failures earned', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const server = scriptedServer([null, null, null]);
    let clock = now.getTime();
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => clock, random: () => 0.99 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await runner.syncNow({ ignoringBackoff: attempt > 0 });
      clock += 1;
    }
    const waiting = await db.outbox.get(ids[0]!);
    expect(waiting?.notBefore).toBeGreaterThan(clock);
    await runner.syncNow();
    expect(server.requests).toHaveLength(3);
    await runner.syncNow({ ignoringBackoff: true });
    runner.stop();
    expect(server.requests).toHaveLength(4);
    expect(await db.outbox.count()).toBe(0);
  });

  it('never lets one refused draft hold up the others', async () => {
    const { db, ids } = await deviceWithDrafts(3);
    const server = scriptedServer([400, 200, 200]);
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    const refused = (await db.outbox.toArray()).map((entry) => [entry.mappingId, entry.problem]);
    expect(refused).toEqual([[server.requests[0]!.id, { reason: 'rejected', status: 400, message: 'HTTP 400', fields: [] }]]);
    expect(server.requests.map((request) => request.id).sort()).toEqual([...ids].sort());
  });

  it('sends the answers before the records a guide made here, so records never hold drafts back', async () => {
    const { db } = await deviceWithDrafts(1);
    await guideLoggedInHere(db);
    await queueRemark(db, assistedPersonId, { part: 'languages', text: 'Snakker godt' }, now);
    const sent: string[] = [];
    const server = scriptedServer([200]);
    const runner = createSyncRunner({
      db,
      sendMapping: async (id, body) => (sent.push('draft'), server.sendMapping(id, body)),
      sendStaffRecord: async () => (sent.push('record'), 201),
      now: () => now.getTime(),
    });
    await runner.syncNow();
    runner.stop();
    expect(sent).toEqual(['draft', 'record']);
    expect(await db.staffRecords.count()).toBe(0);
  });

  it('sends drafts the line coming back made due before the rest of the records', async () => {
    const { db } = await deviceWithDrafts(1);
    await guideLoggedInHere(db);
    for (const text of ['Snakker godt', 'Leser godt']) await queueRemark(db, assistedPersonId, { part: 'languages', text }, now);
    // Tried while offline: the draft waits out a backoff, the records do not.
    await db.outbox.toCollection().modify({ failedAttempts: 1, notBefore: now.getTime() + 60_000 });
    const sent: string[] = [];
    const server = scriptedServer([200]);
    let runner: ReturnType<typeof createSyncRunner> | null = null;
    let backOnline: Promise<void> | null = null;
    runner = createSyncRunner({
      db,
      sendMapping: async (id, body) => (sent.push('draft'), server.sendMapping(id, body)),
      sendStaffRecord: async () => {
        sent.push('record');
        // The line comes back while the first record is on its way.
        backOnline ??= runner!.syncNow({ ignoringBackoff: true });
        return 201;
      },
      now: () => now.getTime(),
    });
    await runner.syncNow();
    await backOnline;
    runner.stop();
    expect(sent).toEqual(['record', 'draft', 'record']);
    expect(await db.staffRecords.count()).toBe(0);
  });

  it('runs one pass at a time, however often it is woken', async () => {
    const { db } = await deviceWithDrafts(1);
    let inFlight = 0;
    let mostInFlight = 0;
    const runner = createSyncRunner({
      db,
      now: () => now.getTime(),
      sendMapping: async () => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return { status: 200, retryAfter: null };
      },
    });
    await Promise.all([runner.syncNow(), runner.syncNow(), runner.syncNow()]);
    runner.stop();
    expect(mostInFlight).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('sync runner with many drafts queued', () => {
  /** A batch endpoint that answers with `answer` for each call, and records what it got. */
  function batchServer(answer: (ids: string[]) => Awaited<ReturnType<SendMappings>>) {
    const batches: string[][] = [];
    const sendMappings: SendMappings = async (mappings) => {
      batches.push(mappings.map((mapping) => mapping.id));
      return answer(mappings.map((mapping) => mapping.id));
    };
    return { batches, sendMappings };
  }
  const stored = (ids: string[]) => ({
    status: 200,
    retryAfter: null,
    results: ids.map((id) => ({ id, status: 200 as const, reply: { id, revision: 1, outcome: 'stored' as const, receivedAt: now.toISOString() } })),
  });

  it('sends them in one request and marks each sent', async () => {
    const { db, ids } = await deviceWithDrafts(3);
    const singles = scriptedServer([]);
    const server = batchServer(stored);
    const runner = createSyncRunner({ db, sendMapping: singles.sendMapping, sendMappings: server.sendMappings, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(server.batches).toEqual([ids]);
    expect(singles.requests).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('merges the draft the server answered with a conflict and sends it again, built on the server’s copy', async () => {
    const { db, ids } = await deviceWithDrafts(2);
    const server = batchServer((sent) => {
      const answer = stored(sent);
      return {
        ...answer,
        results: [answer.results[0]!, { id: sent[1]!, status: 409 as const, current: { revision: 5, content: emptyMappingContent('nb') }, base: null }],
      };
    });
    const singles = scriptedServer([]);
    const runner = createSyncRunner({ db, sendMapping: singles.sendMapping, sendMappings: server.sendMappings, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(await db.outbox.count()).toBe(0);
    expect(singles.requests.map((request) => [request.id, request.body.revision, request.body.baseRevision])).toEqual([[ids[1], 6, 5]]);
    expect(await db.drafts.get(ids[1]!)).toMatchObject({ revision: 6, sentRevision: 6 });
  });

  it('tries again later only the draft the server failed to store, marking the others sent', async () => {
    const { db, ids } = await deviceWithDrafts(2);
    const server = batchServer((sent) => ({ ...stored(sent), results: [stored(sent).results[0]!, { id: sent[1]!, status: 500 as const }] }));
    const runner = createSyncRunner({ db, sendMapping: scriptedServer([]).sendMapping, sendMappings: server.sendMappings, now: () => now.getTime(), random: () => 0.5 });
    await runner.syncNow();
    runner.stop();
    expect(await db.outbox.get(ids[0]!)).toBeUndefined();
    expect(await db.outbox.get(ids[1]!)).toMatchObject({ failedAttempts: 1, notBefore: now.getTime() + 500 });
  });

  it('keeps all queued with backoff when the batch gets no answer', async () => {
    const { db, ids } = await deviceWithDrafts(2);
    const server = batchServer(() => ({ status: null, retryAfter: null, results: null }));
    const runner = createSyncRunner({ db, sendMapping: scriptedServer([]).sendMapping, sendMappings: server.sendMappings, now: () => now.getTime(), random: () => 0.5 });
    await runner.syncNow();
    runner.stop();
    // The same full-jitter backoff as a single send (random 0.5 of the first 1 s step).
    for (const id of ids) expect(await db.outbox.get(id)).toMatchObject({ failedAttempts: 1, notBefore: now.getTime() + 500 });
  });

  it('sends each on its own when the server refuses the batch, so one bad draft holds up none', async () => {
    const { db, ids } = await deviceWithDrafts(3);
    const server = batchServer(() => ({ status: 400, retryAfter: null, results: null }));
    const singles = scriptedServer([200, 400, 200]);
    const runner = createSyncRunner({ db, sendMapping: singles.sendMapping, sendMappings: server.sendMappings, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(singles.requests.map((request) => request.id)).toEqual(ids);
    expect(await db.outbox.get(ids[0]!)).toBeUndefined();
    expect(await db.outbox.get(ids[1]!)).toMatchObject({ problem: { reason: 'rejected', status: 400 } });
    expect(await db.outbox.get(ids[2]!)).toBeUndefined();
  });

  it('at a 401 for the batch, logs in again once with each code and otherwise touches no draft', async () => {
    const { db } = await deviceWithDrafts(3);
    const server = batchServer(() => ({ status: 401, retryAfter: null, results: null }));
    const singles = scriptedServer([]);
    const exchanged: string[] = [];
    const runner = createSyncRunner({
      db,
      sendMapping: singles.sendMapping,
      sendMappings: server.sendMappings,
      exchangeLoginCode: async (code) => {
        exchanged.push(code);
        return { kind: 'refused' };
      },
      now: () => now.getTime(),
    });
    const before = await db.drafts.toArray();
    await runner.syncNow();
    runner.stop();
    expect(singles.requests).toEqual([]);
    expect(exchanged.sort()).toEqual(['CODE0', 'CODE1', 'CODE2']);
    expect(await db.drafts.toArray()).toEqual(before);
    expect((await db.outbox.toArray()).every((entry: OutboxEntry) => entry.problem === null)).toBe(true);
    const logins = await Promise.all(['CODE0', 'CODE1', 'CODE2'].map((code) => loginOf(db, code)));
    expect(logins.every((login) => login?.refusedAt === now.toISOString() && login.token === null)).toBe(true);
  });
});

describe('sync runner against a server that keeps revisions', () => {
  /** The server's rules (domain/mapping-put) over an in-memory history, as PUT would answer. */
  function keepingServer() {
    const history = new Map<string, { revision: number; content: MappingContent; deviceId: string | null }[]>();
    const sendMapping = async (id: string, body: PutMappingBody): Promise<SendResult> => {
      const revisions = history.get(id) ?? [];
      const copy = (revision: number | null) => {
        const found = revisions.find((stored) => stored.revision === revision);
        return found ? { revision: found.revision, content: found.content } : null;
      };
      const current = revisions.at(-1) ?? null;
      const decision = decideMappingPut({
        current: current && copy(current.revision),
        sameRevision: copy(body.revision),
        request: body as PutMappingBody & { content: MappingContent },
        othersWroteSinceBase: revisions.some((stored) => stored.revision > (body.baseRevision ?? 0) && stored.deviceId !== (body.deviceId ?? null)),
      });
      if (decision.kind === 'conflict') return { status: 409, retryAfter: null, conflict: { current: copy(current!.revision)!, base: copy(body.baseRevision) } };
      if (decision.kind === 'store') history.set(id, [...revisions, { revision: body.revision, content: body.content as MappingContent, deviceId: body.deviceId ?? null }]);
      return { status: 200, retryAfter: null };
    };
    return { history, sendMapping, current: (id: string) => history.get(id)?.at(-1) };
  }

  /** One person's draft, sent from the phone, then on a tablet too; both sync with one server. */
  async function phoneAndTablet() {
    const { db: phone, ids } = await deviceWithDrafts(1);
    const id = ids[0]!;
    const server = keepingServer();
    const phoneRunner = createSyncRunner({ db: phone, sendMapping: server.sendMapping, now: () => now.getTime() });
    await phoneRunner.syncNow();
    const tablet = openTestDatabase();
    await tablet.drafts.put((await phone.drafts.get(id))!);
    await tablet.codeLogins.bulkPut(await phone.codeLogins.toArray());
    await tablet.unlocked.bulkPut(await phone.unlocked.toArray());
    const tabletRunner = createSyncRunner({ db: tablet, sendMapping: server.sendMapping, now: () => now.getTime() });
    const base = (await readDraft(phone, id))!.content;
    return { id, server, base, phone, tablet, phoneRunner, tabletRunner };
  }

  it('merges answers given on two devices, keeping both, and both devices end with the server’s copy', async () => {
    const { id, server, base, phone, tablet, phoneRunner, tabletRunner } = await phoneAndTablet();
    await saveDraftContent(phone, id, { ...base, aboutYou: { ...base.aboutYou, gender: 'female' } }, now);
    await saveDraftContent(tablet, id, { ...base, aboutYou: { ...base.aboutYou, birthYear: 1990 } }, now);
    await phoneRunner.syncNow();
    await tabletRunner.syncNow();
    await phoneRunner.syncNow();
    await saveDraftContent(phone, id, (await readDraft(phone, id))!.content, now);
    await phoneRunner.syncNow();

    const onServer = server.current(id)!;
    expect(onServer.content.aboutYou).toEqual({ citizenship: null, gender: 'female', birthYear: 1990 });
    for (const device of [phone, tablet]) expect(canonicalJson((await readDraft(device, id))!.content)).toBe(canonicalJson(onServer.content));
    expect(await tablet.outbox.count()).toBe(0);
    phoneRunner.stop();
    tabletRunner.stop();
  });

  it('keeps both answers when two devices answered the same question differently', async () => {
    const { id, server, base, phone, tablet, phoneRunner, tabletRunner } = await phoneAndTablet();
    await saveDraftContent(phone, id, { ...base, wishes: { ...base.wishes, text: 'Snekker' } }, now);
    await saveDraftContent(tablet, id, { ...base, wishes: { ...base.wishes, text: 'Tømrer' } }, now);
    await phoneRunner.syncNow();
    await tabletRunner.syncNow();
    phoneRunner.stop();
    tabletRunner.stop();

    const onServer = server.current(id)!.content;
    // The tablet merged last: its own answer stays in the field, the phone's is set aside for the guide.
    expect(onServer.wishes.text).toBe('Tømrer');
    expect(onServer.setAside).toEqual([{ path: 'wishes.text', value: '"Snekker"', reason: 'conflict' }]);
  });

  it('does not call a revision whose reply was lost a conflict: the next one builds on it', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const id = ids[0]!;
    const server = keepingServer();
    let loseReply = true;
    const sendMapping = async (mappingId: string, body: PutMappingBody): Promise<SendResult> => {
      const answer = await server.sendMapping(mappingId, body);
      if (!loseReply) return answer;
      loseReply = false;
      return { status: null, retryAfter: null };
    };
    const runner = createSyncRunner({ db, sendMapping, now: () => now.getTime(), random: () => 0 });
    await runner.syncNow();
    const content = (await readDraft(db, id))!.content;
    await saveDraftContent(db, id, { ...content, wishes: { ...content.wishes, text: 'Kokk' } }, now);
    await runner.syncNow({ ignoringBackoff: true });
    runner.stop();
    expect(server.history.get(id)!.map((stored) => stored.revision)).toEqual([1, 2]);
    expect(server.current(id)!.content.setAside).toEqual([]);
    expect(await db.drafts.get(id)).toMatchObject({ revision: 2, sentRevision: 2 });
  });

  it('takes a draft the server refuses out of the queue with the server’s reason, and sends the others', async () => {
    const { db, ids } = await deviceWithDrafts(2);
    const refusal = { message: 'Request body is invalid', fields: [{ path: 'body.content.aboutYou.gender', message: 'Invalid option' }] };
    let first = true;
    const sendMapping = async (): Promise<SendResult> => {
      if (!first) return { status: 200, retryAfter: null };
      first = false;
      return { status: 400, retryAfter: null, refusal };
    };
    const runner = createSyncRunner({ db, sendMapping, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    const [quarantined] = await db.outbox.toArray();
    expect(quarantined).toMatchObject({ mappingId: ids[0], problem: { reason: 'rejected', status: 400, ...refusal } });
    expect(await db.drafts.get(ids[1]!)).toMatchObject({ sentRevision: 1 });
  });

  it('checks a code typed offline at the first send, and sends the draft to the mapping the server keeps for that person', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const onServer = '0196f000-0000-7000-8000-000000000001';
    await ownedBy(db, ids[0]!, 'K7QM2XRD9PH4', { token: null, mappingId: null });
    const server = scriptedServer([200]);
    const tokens: string[] = [];
    const runner = createSyncRunner({
      db,
      sendMapping: async (id, body, sentWith) => {
        tokens.push(sentWith);
        return server.sendMapping(id, body);
      },
      exchangeLoginCode: async () => ({ kind: 'session', token: 'new-session', mappingId: onServer }),
      now: () => now.getTime(),
    });
    await runner.syncNow();
    runner.stop();
    expect(server.requests.map((request) => request.id)).toEqual([onServer]);
    expect(tokens).toEqual(['new-session']);
    expect(await loginOf(db, 'K7QM2XRD9PH4')).toMatchObject({ token: 'new-session', mappingId: onServer, refusedAt: null });
    expect(await db.drafts.get(ids[0]!)).toMatchObject({ sentRevision: 1 });
  });

  it('keeps the draft untouched and waiting when the server refuses the code, and sends it once a new code is typed', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    await ownedBy(db, ids[0]!, 'MISTYPED0000', { token: null, mappingId: null });
    const server = scriptedServer([]);
    const runner = createSyncRunner({
      db,
      sendMapping: server.sendMapping,
      exchangeLoginCode: async (code) => (code === 'RIGHTCODE000' ? { kind: 'session', token, mappingId: ids[0]! } : { kind: 'refused' }),
      now: () => now.getTime(),
    });
    const before = await db.drafts.get(ids[0]!);
    await runner.syncNow();
    expect(server.requests).toEqual([]);
    expect(await db.drafts.get(ids[0]!)).toEqual(before);
    expect(await loginOf(db, 'MISTYPED0000')).toMatchObject({ refusedAt: now.toISOString() });
    expect(await db.outbox.get(ids[0]!)).toMatchObject({ problem: null });

    await ownedBy(db, ids[0]!, 'RIGHTCODE000', { token: null, mappingId: null });
    await runner.syncNow({ ignoringBackoff: true });
    runner.stop();
    expect(server.requests.map((request) => request.id)).toEqual([ids[0]]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps the draft waiting, its code not refused, while the server takes no log-ins from this network (429), and sends it later', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    await ownedBy(db, ids[0]!, 'K7QM2XRD9PH4', { token: null, mappingId: null });
    const server = scriptedServer([]);
    let doorClosed = true;
    const runner = createSyncRunner({
      db,
      sendMapping: server.sendMapping,
      exchangeLoginCode: async () => (doorClosed ? { kind: 'too_many_attempts', retryAfterSeconds: 900 } : { kind: 'session', token, mappingId: ids[0]! }),
      now: () => now.getTime(),
    });
    const before = await db.drafts.get(ids[0]!);
    await runner.syncNow();
    expect(server.requests).toEqual([]);
    expect(await db.drafts.get(ids[0]!)).toEqual(before);
    expect(await loginOf(db, 'K7QM2XRD9PH4')).toMatchObject({ refusedAt: null });
    expect(await db.outbox.get(ids[0]!)).toMatchObject({ problem: null });

    doorClosed = false;
    await runner.syncNow({ ignoringBackoff: true });
    runner.stop();
    expect(server.requests.map((request) => request.id)).toEqual([ids[0]]);
  });

  it('logs in again with the code when the session has ended (401), and sends', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    const server = scriptedServer([401, 200]);
    const runner = createSyncRunner({
      db,
      sendMapping: server.sendMapping,
      exchangeLoginCode: async () => ({ kind: 'session', token: 'fresh-session', mappingId: ids[0]! }),
      now: () => now.getTime(),
    });
    await runner.syncNow();
    runner.stop();
    expect(server.requests).toHaveLength(2);
    expect(await db.outbox.count()).toBe(0);
    expect(await loginOf(db, 'CODE0')).toMatchObject({ token: 'fresh-session' });
  });

  it('leaves a draft nobody has logged in for waiting, without asking the server', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    await db.drafts.update(ids[0]!, { owner: undefined });
    const server = scriptedServer([]);
    const runner = createSyncRunner({ db, sendMapping: server.sendMapping, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(server.requests).toEqual([]);
    expect(await db.outbox.get(ids[0]!)).toMatchObject({ problem: null, failedAttempts: 1 });
  });

  it('shows a draft as being sent while its request is under way', async () => {
    const { db, ids } = await deviceWithDrafts(1);
    let seenWhileSending: number | undefined;
    const runner = createSyncRunner({
      db,
      now: () => now.getTime(),
      sendMapping: async () => {
        seenWhileSending = (await db.outbox.get(ids[0]!))?.sendingSince;
        return { status: null, retryAfter: null };
      },
    });
    await runner.syncNow();
    runner.stop();
    expect(seenWhileSending).toBe(now.getTime());
    expect((await db.outbox.get(ids[0]!))?.sendingSince).toBeUndefined();
  });
});
