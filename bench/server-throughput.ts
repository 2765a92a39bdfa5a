// How many sync PUTs a second the real server stores, beside a bare Fastify route answering the
// same requests from memory in the same run: the ratio says what validation, sessions, access
// checks and the database cost, on this machine, whatever else is running on it. The CPU time
// each spends per request (the server's process, and PostgreSQL's; from /proc, Linux) says why.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kompass_bench_server npx tsx bench/server-throughput.ts
// Without DATABASE_URL the server runs on embedded PGlite. Sizes: CONNECTIONS (20), DURATION
// seconds per measurement (10), WARMUP seconds before each (2), PARTICIPANTS (200).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { v7 as uuidv7 } from 'uuid';
import type { PutMappingBody } from '../src/domain/mapping-api';
import { hostLoad, reportFigures, type Figure } from './support/figures';
import { filledMapping } from './support/filled-mapping';
import { cpuPer, databaseBackendPids } from './support/process-cpu';
import { seedGuide, seedParticipants } from './support/seed-people';
import { serverRig } from './support/server-rig';

const connections = Number(process.env.CONNECTIONS ?? 20);
const durationSeconds = Number(process.env.DURATION ?? 10);
const warmupSeconds = Number(process.env.WARMUP ?? 2);
const participantCount = Number(process.env.PARTICIPANTS ?? 200);
if (participantCount <= connections) throw new Error('PARTICIPANTS must be more than CONNECTIONS, or a mapping could have two revisions on their way at once');

interface Sender {
  token: string;
  mappingId: string;
  deviceId: string;
  revision: number;
}

/**
 * Each request is the next revision of a participant's mapping, from their own device: of the
 * participant whose last revision was answered longest ago, never of one still waiting for an
 * answer (a slow reply must not be overtaken), so the server accepts every one (200) and none
 * is a conflict. One per autocannon run: a run ends without waiting for the answers on their way.
 */
function nextRevisions(senders: Sender[]): Pick<autocannon.Request, 'setupRequest' | 'onResponse'> {
  const idle = [...senders];
  return {
    setupRequest: (request, context) => {
      const sender = idle.shift();
      if (!sender) throw new Error('every participant has a revision on its way: PARTICIPANTS must be more than CONNECTIONS');
      (context as { sender?: Sender }).sender = sender;
      sender.revision += 1;
      const body: PutMappingBody = {
        revision: sender.revision,
        baseRevision: sender.revision === 1 ? null : sender.revision - 1,
        deviceId: sender.deviceId,
        content: filledMapping(sender.revision),
      };
      return {
        ...request,
        method: 'PUT',
        path: `/api/mappings/${sender.mappingId}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sender.token}` },
        body: JSON.stringify(body),
      };
    },
    // Called with the context its request was set up with (autocannon resets it only after).
    onResponse: (_status, _body, context) => {
      idle.push((context as { sender: Sender }).sender);
    },
  };
}

/** A warm-up, then the measured run, with the CPU time each group of processes spent per request. */
async function measure<Group extends string>(url: string, senders: Sender[], processes: () => Promise<Record<Group, number[]>>) {
  // Revisions go on counting from the warm-up into the measurement.
  const ownSenders = senders.map((sender) => ({ ...sender }));
  const run = (duration: number) => autocannon({ url, connections, duration, requests: [nextRevisions(ownSenders)] });
  // The first seconds warm up the JIT and the database's caches; they are not counted.
  if (warmupSeconds > 0) await run(warmupSeconds);
  return cpuPer(await processes(), () => run(durationSeconds), (result) => Math.max(1, result.requests.total));
}

async function startBareRoute(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'support/bare-sync-server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening at (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the bare route's server exited (${code}) before it listened`)));
  });
  process.once('exit', () => child.kill());
  return { url, process: child };
}

/** Statuses other than 2xx, as "409×3, 500×1". */
function otherStatuses(result: autocannon.Result): string {
  const stats = result.statusCodeStats as unknown as Record<string, { count: number }>;
  return Object.entries(stats)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}×${count}`)
    .join(', ');
}

const rig = await serverRig('server');
try {
  const now = new Date();
  const participants = await rig.withDatabase(async ({ db }) => seedParticipants(db, await seedGuide(db, now), participantCount, now));
  const senders = participants.map((participant) => ({ ...participant, deviceId: uuidv7(), revision: 0 }));
  const [server, bare] = await Promise.all([rig.startServer(), startBareRoute()]);
  let floor: Awaited<ReturnType<typeof measure<'server'>>>;
  let sync: Awaited<ReturnType<typeof measure<'server' | 'database'>>>;
  try {
    floor = await measure(bare.url, senders, async () => ({ server: [bare.process.pid!] }));
    // On PostgreSQL the database's work is done in processes of its own (on PGlite, inside the server's).
    const databasePids = async () => (rig.databaseUrl ? databaseBackendPids(rig.databaseUrl) : []);
    sync = await measure(server.url, senders, async () => ({ server: [server.pid], database: await databasePids() }));
  } finally {
    bare.process.kill('SIGTERM');
    await server.stop();
  }

  const { result: put } = sync;
  const { result: bareRoute } = floor;
  const figures: Figure[] = [
    { what: 'sync PUT, requests per second', value: put.requests.average, unit: 'req/s' },
    { what: 'sync PUT, latency p50', value: put.latency.p50, unit: 'ms' },
    { what: 'sync PUT, latency p99', value: put.latency.p99, unit: 'ms' },
    { what: 'sync PUT, server CPU per request', value: sync.microseconds.server, unit: 'µs' },
    ...(rig.kind === 'postgresql' ? [{ what: 'sync PUT, PostgreSQL CPU per request', value: sync.microseconds.database, unit: 'µs' }] : []),
    { what: 'bare route, requests per second', value: bareRoute.requests.average, unit: 'req/s' },
    { what: 'bare route, latency p50', value: bareRoute.latency.p50, unit: 'ms' },
    { what: 'bare route, latency p99', value: bareRoute.latency.p99, unit: 'ms' },
    { what: 'bare route, server CPU per request', value: floor.microseconds.server, unit: 'µs' },
    {
      what: 'sync ÷ bare, requests per second',
      value: (100 * put.requests.average) / bareRoute.requests.average,
      unit: '%',
      budget: { atLeast: 30 },
    },
    { what: 'sync PUT answers other than 2xx', value: put.non2xx, unit: '', budget: { atMost: 0 }, note: otherStatuses(put) || `${put['2xx']} answered 2xx` },
    { what: 'sync PUT errors and timeouts', value: put.errors, unit: '', budget: { atMost: 0 } },
  ];
  const title =
    `Server throughput: sync PUT on ${rig.kind} beside a bare Fastify route, ${connections} connections, ` +
    `${durationSeconds} s each after ${warmupSeconds} s warm-up, ${participantCount} participants ` +
    `(the load generator on the same machine; ${hostLoad()})`;
  reportFigures('server-throughput', title, figures);
} finally {
  await rig.remove();
}
