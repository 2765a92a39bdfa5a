// How long queued drafts take to reach the server on a slow line (issue 9, budget 4), measured
// in Debian's Chromium on the built app and the real server. A tablet queues drafts as a full
// sitting leaves them (about 3 KB each) while offline, then comes back online on DevTools' "Slow 3G" (page and service worker
// alike); the clock runs from that moment until the server has stored every draft's revision
// (the times it recorded for them), and until the tablet knows (its queue is empty).
// Three tablets: (a) a guide's drafts of assisted sessions, all sent with the guide's session,
// which the runner batches; (b) a shared tablet where each participant logged in with their own
// code (typed offline, so each code is exchanged for a session at the first send); (c) as (a),
// but each session finished, so each also queued the record of the session (sent before drafts).
// Run after a build: npm run build && npx tsx bench/sync-slow-network.ts. DRAFTS, PARTICIPANTS
// and SESSIONS set the sizes (0 leaves a tablet out), LATENCY_MS and BYTES_PER_SECOND the line;
// DATABASE_URL runs the server on PostgreSQL (a scratch database beside the one it names).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { normalizeLoginCode } from '../src/domain/login-code';
import type { MappingContent } from '../src/domain/mapping';
import type { StaffSession } from '../src/domain/workspace-api';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, mappingOnServer, startKompassServer, type KompassServer } from '../tests/e2e/support/kompass-server';
import { tablet, waitInPage } from '../tests/e2e/support/pages';
import { createScratchDatabase } from '../tests/e2e/support/scratch-database';
import { installSealing, type Rig } from '../tests/e2e/support/sealed-storage';
import { newParticipant, staffOf, type Participant, type Staff } from '../tests/e2e/support/workspace';
import { hostLoad, reportFigures, type Figure } from './support/figures';
import { filledMapping } from './support/filled-mapping';
import { lineOf, slow3g, type NetworkConditions } from './support/slow-network';

const draftCount = Number(process.env.DRAFTS ?? 50);
const participantCount = Number(process.env.PARTICIPANTS ?? 50);
const sessionCount = Number(process.env.SESSIONS ?? 50);
const line: NetworkConditions = {
  latencyMs: Number(process.env.LATENCY_MS ?? slow3g.latencyMs),
  bytesPerSecond: Number(process.env.BYTES_PER_SECOND ?? slow3g.bytesPerSecond),
};
const databaseUrl = process.env.DATABASE_URL;
const budgetSeconds = 20;
/** Long enough for the shared tablet on Slow 3G, where every draft costs two round trips of its own. */
const giveUpAfterMs = 15 * 60_000;

/** A draft as the tablet queued it: whose it is says which session sends it. */
interface QueuedDraft {
  id: string;
  content: MappingContent;
  /** A guide's, with the record of its finished session or without; or a participant's. */
  owner: { kind: 'guide'; personId: string; sessionRecorded: boolean } | { kind: 'participant'; loginCode: string };
}

/** Kompass open on a tablet, its service worker in control (as on any day after the first). */
async function openTablet(browser: Browser, url: string) {
  const context = await browser.newContext(tablet);
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installSealing);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitInPage(page, async () => navigator.serviceWorker.controller !== null && (await indexedDB.databases()).some((db) => db.name === 'kompass'), null);
  return { context, page };
}

/**
 * Writes the drafts and their queue entries the way the app's saves do: a participant's answers
 * and code sealed with their key, their session on the tablet since ended (the next person took
 * the tablet), so only the sending is left; a guide's in the clear, with the guide logged in.
 */
async function queueDrafts(page: Page, drafts: QueuedDraft[], staffSession: StaffSession | null): Promise<void> {
  await page.evaluate(
    async ({ drafts, staffSession, now }) => {
      const rig = (window as unknown as { kompassRig: Rig }).kompassRig;
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      // WebCrypto cannot run inside an IndexedDB transaction: everything is sealed first.
      const rows = await Promise.all(
        drafts.map(async ({ id, content, owner }) => {
          const draft = { id, revision: 1, createdAt: now, updatedAt: now, sentRevision: null, sentAt: null };
          if (owner.kind === 'guide') {
            const session = { id: crypto.randomUUID(), startedAt: now, finishedAt: now, interpreterPresent: false, language: 'ar' };
            return {
              draft: { ...draft, content, owner: { kind: 'guide', personId: owner.personId, mappingId: id } },
              record: owner.sessionRecorded ? { id: session.id, personId: owner.personId, kind: 'assisted_session', body: session, createdAt: now } : null,
            };
          }
          const loginId = `bench-${id}`;
          const key = await rig.newKey();
          return {
            draft: { ...draft, sealed: await rig.seal(key, content, id), owner: { kind: 'participant', loginId } },
            login: { loginId, secrets: await rig.seal(key, { loginCode: owner.loginCode, token: null }, loginId), mappingId: null, refusedAt: null },
            unlocked: { loginId, key, lockAt: 0 },
          };
        }),
      );
      const db = await done(indexedDB.open('kompass'));
      const transaction = db.transaction(['drafts', 'outbox', 'codeLogins', 'unlocked', 'settings', 'staffRecords'], 'readwrite');
      if (staffSession) {
        transaction.objectStore('settings').put({ key: 'staffSession', value: JSON.stringify(staffSession) });
        transaction.objectStore('settings').put({ key: 'staffActiveAt', value: now });
      }
      for (const row of rows) {
        transaction.objectStore('drafts').put(row.draft);
        transaction.objectStore('outbox').put({ mappingId: row.draft.id, revision: 1, failedAttempts: 0, notBefore: 0, problem: null });
        if ('record' in row && row.record) transaction.objectStore('staffRecords').put(row.record);
        if ('login' in row) {
          transaction.objectStore('codeLogins').put(row.login);
          transaction.objectStore('unlocked').put(row.unlocked);
        }
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { drafts, staffSession, now: new Date().toISOString() },
  );
}

/** The tablet's queue: how many drafts wait, how many the runner has tried, and any the server refused. */
async function queueOf(page: Page): Promise<{ waiting: number; tried: number; refused: unknown[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kompass');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const entries = await new Promise<{ failedAttempts: number; problem: unknown }[]>((resolve, reject) => {
      const read = db.transaction('outbox').objectStore('outbox').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return { waiting: entries.length, tried: entries.filter((entry) => entry.failedAttempts > 0).length, refused: entries.flatMap((entry) => entry.problem ?? []) };
  });
}

async function until(what: string, check: () => Promise<boolean>, withinMs: number, everyMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

interface ApiRequest {
  request: Request;
  bodyBytes: number;
  firstByteMs?: number;
}

/** The API requests the tablet made, page and service worker alike, with their size and time to the first byte of the answer. */
function watchApiRequests(context: BrowserContext): ApiRequest[] {
  const requests: ApiRequest[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push({ request, bodyBytes: request.postDataBuffer()?.length ?? 0 });
  });
  context.on('response', (response) => {
    const watched = requests.find((entry) => entry.request === response.request());
    if (watched) watched.firstByteMs = response.request().timing().responseStart;
  });
  return requests;
}

/** A request's kind without the ids in its path: `POST /api/mappings/batch`, `PUT /api/mappings/:id`. */
const routeOf = (request: Request) => `${request.method()} ${new URL(request.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id')}`;

/** What one tablet's sending took: when it went online, when the server had the last draft and when the tablet knew, and its requests meanwhile. */
interface Sending {
  onlineAt: number;
  storedAt: number;
  tabletKnowsAt: number;
  requests: ApiRequest[];
}

async function sendOnSlowLine(browser: Browser, server: KompassServer, staff: Staff, drafts: QueuedDraft[]): Promise<Sending> {
  const { context, page } = await openTablet(browser, server.url);
  try {
    const tabletLine = await lineOf(browser, context, page);
    await tabletLine.cut();
    const anyGuideDraft = drafts.some((draft) => draft.owner.kind === 'guide');
    await queueDrafts(page, drafts, anyGuideDraft ? staff.guideSession : null);
    // The tablet tried to send while offline (so every draft is queued with a backoff, as in life).
    await until('the tablet tries its queue offline', async () => (await queueOf(page)).tried === drafts.length, 30_000, 200);

    const requests = watchApiRequests(context);
    const onlineAt = Date.now();
    await tabletLine.restore(line);
    await until('the tablet sends every draft', async () => {
      const queue = await queueOf(page);
      if (queue.refused.length > 0) throw new Error(`the server refused drafts: ${JSON.stringify(queue.refused)}`);
      return queue.waiting === 0;
    }, giveUpAfterMs, 100);
    const tabletKnowsAt = Date.now();

    let storedAt = 0;
    for (const draft of drafts) {
      const stored = await mappingOnServer(server.url, draft.id, staff.guide);
      const revision = stored?.revisions.find((entry) => entry.revision === 1);
      if (!revision) throw new Error(`the server has no revision 1 of ${draft.id}`);
      storedAt = Math.max(storedAt, Date.parse(revision.receivedAt));
    }

    return { onlineAt, storedAt, tabletKnowsAt, requests: requests.filter(({ request }) => request.timing().startTime >= onlineAt) };
  } finally {
    await context.close();
  }
}

function figuresOf(name: string, drafts: number, budget: boolean, { onlineAt, storedAt, tabletKnowsAt, requests: sent }: Sending): Figure[] {
  const byRoute = new Map<string, number>();
  for (const { request } of sent) byRoute.set(routeOf(request), (byRoute.get(routeOf(request)) ?? 0) + 1);
  const fromWorker = sent.filter(({ request }) => request.serviceWorker() !== null).length;
  const answered = sent.flatMap(({ firstByteMs }) => (firstByteMs === undefined ? [] : [firstByteMs]));
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const withinBudget = budget ? { budget: { atMost: budgetSeconds } } : {};
  return [
    {
      what: `${name}: every draft on the server`,
      value: seconds(storedAt - onlineAt),
      unit: 's',
      ...withinBudget,
      // Chromium adds the whole latency to each answer, none to the way there.
      note: `${drafts} drafts; the server's time of the last, so without the line's latency`,
    },
    { what: `${name}: the tablet knows all are sent`, value: seconds(tabletKnowsAt - onlineAt), unit: 's', ...withinBudget, note: 'its queue empty, read every 0.1 s' },
    {
      what: `${name}: API requests`,
      value: sent.length,
      unit: 'requests',
      note: `${[...byRoute].map(([route, count]) => `${count} ${route}`).join(', ')}; ${fromWorker} by the service worker`,
    },
    { what: `${name}: bytes up`, value: Math.round(sent.reduce((sum, { bodyBytes }) => sum + bodyBytes, 0) / 100) / 10, unit: 'KB', note: 'request bodies' },
    {
      what: `${name}: quickest request`,
      value: Math.round(Math.min(...answered)),
      unit: 'ms',
      budget: { atLeast: line.latencyMs },
      note: 'to the first byte of its answer: the line\'s latency applies to every request',
    },
  ];
}

const scenarios: { name: string; count: number; budget: boolean; owner: (person: Participant) => QueuedDraft['owner'] }[] = [
  { name: '(a) guide, one session', count: draftCount, budget: true, owner: (person) => ({ kind: 'guide', personId: person.personId, sessionRecorded: false }) },
  {
    name: '(b) shared tablet, a session each',
    count: participantCount,
    budget: false,
    owner: (person) => ({ kind: 'participant', loginCode: normalizeLoginCode(person.code) }),
  },
  { name: '(c) guide, with session records', count: sessionCount, budget: false, owner: (person) => ({ kind: 'guide', personId: person.personId, sessionRecorded: true }) },
];

async function registeredPersons(url: string, guide: string, count: number) {
  const persons = [];
  for (let index = 0; index < count; index += 1) persons.push(await newParticipant(url, guide, `Person ${index + 1}`));
  return persons;
}

const workDir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
// On PostgreSQL, a database of its own: the run starts from the setup link like a new installation.
const ownDatabase = databaseUrl ? await createScratchDatabase(databaseUrl, `kompass_bench_sync_${process.pid}`) : null;
const server = await startKompassServer({ port: await freePort(), dataDir: join(workDir, 'data'), databaseUrl: ownDatabase?.url });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const staff = await staffOf(server);
  const figures: Figure[] = [];
  for (const scenario of scenarios) {
    if (scenario.count === 0) continue;
    const persons = await registeredPersons(server.url, staff.guide, scenario.count);
    const drafts = persons.map((person): QueuedDraft => ({ id: person.mappingId, content: filledMapping(1), owner: scenario.owner(person) }));
    figures.push(...figuresOf(scenario.name, drafts.length, scenario.budget, await sendOnSlowLine(browser, server, staff, drafts)));
  }
  const database = ownDatabase ? 'PostgreSQL' : 'PGlite';
  reportFigures(
    'sync-slow-network',
    `sync of queued drafts on a slow line: latency ${line.latencyMs} ms, ${line.bytesPerSecond} bytes/s each way (Debian Chromium, ${database}, ${hostLoad()})`,
    figures,
  );
} finally {
  await browser.close();
  await server.stop();
  await ownDatabase?.drop();
  rmSync(workDir, { recursive: true, force: true });
}
