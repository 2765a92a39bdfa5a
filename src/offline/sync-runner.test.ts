import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import type { PutMappingBody } from '../domain/mapping-api';
import { currentDraft, saveDraftContent } from './draft-repository';
import type { SendMappings, SendResult } from './mapping-api-client';
import { createSyncRunner } from './sync-runner';
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

async function deviceWithDrafts(count: number) {
  const db = openTestDatabase();
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    await db.settings.clear();
    const draft = await currentDraft(db, 'nb', now);
    await saveDraftContent(db, draft.id, emptyMappingContent('nb'), now);
    ids.push(draft.id);
  }
  return { db, ids };
}

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
      { id: ids[0], body: { revision: 1, baseRevision: null, content: emptyMappingContent('nb') } },
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
    expect(refused).toEqual([[server.requests[0]!.id, { reason: 'rejected', status: 400 }]]);
    expect(server.requests.map((request) => request.id).sort()).toEqual([...ids].sort());
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

  it('flags only the draft the server answered with a conflict', async () => {
    const { db, ids } = await deviceWithDrafts(2);
    const server = batchServer((sent) => {
      const answer = stored(sent);
      return {
        ...answer,
        results: [answer.results[0]!, { id: sent[1]!, status: 409 as const, current: { revision: 5, content: emptyMappingContent('nb') } }],
      };
    });
    const runner = createSyncRunner({ db, sendMapping: scriptedServer([]).sendMapping, sendMappings: server.sendMappings, now: () => now.getTime() });
    await runner.syncNow();
    runner.stop();
    expect(await db.outbox.get(ids[0]!)).toBeUndefined();
    expect(await db.outbox.get(ids[1]!)).toMatchObject({ problem: { reason: 'conflict', status: 409 } });
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
});
