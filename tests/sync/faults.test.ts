import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLocaleCodes } from '../../src/domain/app-locales';
import { canonicalJson } from '../../src/domain/canonical-json';
import { normalizeLoginCode } from '../../src/domain/login-code';
import { emptyMappingContent, type MappingContent } from '../../src/domain/mapping';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { freePort, mappingOnServer, startKompassServer, type KompassServer } from '../e2e/support/kompass-server';
import { phone, waitInPage } from '../e2e/support/pages';
import { createScratchDatabase } from '../e2e/support/scratch-database';
import { newParticipant, staffOf } from '../e2e/support/workspace';
import { installSealing } from '../e2e/support/sealed-storage';
import { readDevice, saveOnDevice, sendEverythingNow } from './support/device';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { randomEdit } from './support/random-edits';
import { seededRandom } from './support/seeded-random';

/**
 * Devices edit drafts while a proxy drops, delays, duplicates and fails their sync requests
 * and kills the server mid-request. Once the network heals, every draft on every device must
 * be on the server exactly as on the device, byte for byte, each revision stored once.
 * `npm test` runs a small size; `npm run test:faults` (FAULTS=full) the full one.
 */
const full = process.env.FAULTS === 'full';
const size = full ? { devices: 4, drafts: 20, edits: 240 } : { devices: 2, drafts: 4, edits: 40 };
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
const databaseUrl = process.env.DATABASE_URL;
const random = seededRandom(seed);

let workDir: string;
let server: KompassServer;
let proxy: FaultProxy;
let browser: Browser;
let restarts = 0;

let guide: string;
let ownDatabase: Awaited<ReturnType<typeof createScratchDatabase>> | null = null;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kompass-faults-'));
  // On PostgreSQL, a database of its own: the run starts from the setup link like a new installation.
  ownDatabase = databaseUrl ? await createScratchDatabase(databaseUrl, `kompass_faults_${seed}_${process.pid}`) : null;
  const serverOptions = { port: await freePort(), dataDir: join(workDir, 'data'), databaseUrl: ownDatabase?.url };
  server = await startKompassServer(serverOptions);
  guide = (await staffOf(server)).guide;
  proxy = await startFaultProxy({
    upstreamPort: serverOptions.port,
    random,
    faultRate: 0.5,
    async killAndRestartServer() {
      restarts += 1;
      await server.kill();
      server = await startKompassServer(serverOptions);
    },
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.stop();
  await ownDatabase?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

interface Device {
  context: BrowserContext;
  /** Open tabs of Kompass; the first device has two, syncing at once. */
  tabs: Page[];
  drafts: string[];
}

/** Opens Kompass; once its service worker is in, a tab opens from the cache even with the server down. */
async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(proxy.url);
  await waitInPage(page, async () => (await indexedDB.databases()).some((database) => database.name === 'kompass'), null);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

describe(`sync under injected faults (${full ? 'full' : 'small'} size, seed ${seed}, ${databaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('ends with the server holding exactly what every device holds, each revision once', async () => {
    const started = Date.now();
    // The persons are registered first, straight to the server: once the devices' traffic flows
    // through the proxy, a fault may kill the server at any moment.
    const participants = [];
    for (let index = 0; index < size.drafts; index += 1) participants.push(await newParticipant(server.url, guide));
    const devices: Device[] = [];
    for (let index = 0; index < size.devices; index += 1) {
      const context = await browser.newContext(phone);
      await context.addInitScript(installSealing);
      const tabs = [await openTab(context)];
      if (index === 0) tabs.push(await openTab(context));
      devices.push({ context, tabs, drafts: [] });
    }

    // What each draft must end as: the last content its device saved.
    const expected = new Map<string, MappingContent>();
    // Each draft is a registered person's, whose code the device learned offline.
    const loginCodes = new Map<string, string>();
    for (const [index, participant] of participants.entries()) {
      const id = participant.mappingId;
      loginCodes.set(id, normalizeLoginCode(participant.code));
      const device = devices[index % size.devices]!;
      device.drafts.push(id);
      expected.set(id, emptyMappingContent(random.pick(appLocaleCodes)));
      await saveOnDevice(device.tabs[0]!, id, loginCodes.get(id)!, expected.get(id)!, false);
    }

    // Each device edits its own drafts, all devices at once, through whichever tab is open.
    const editsPerDevice = Math.ceil(size.edits / size.devices);
    let edits = 0;
    let tabsClosed = 0;
    await Promise.all(
      devices.map(async (device) => {
        for (let count = 0; count < editsPerDevice; count += 1) {
          const id = random.pick(device.drafts);
          const next = randomEdit(expected.get(id)!, random);
          expected.set(id, next);
          await saveOnDevice(random.pick(device.tabs), id, loginCodes.get(id)!, next, random() < 0.3);
          edits += 1;
          if (device.tabs.length > 1 && count % 10 === 5) {
            // A tab closed while it may be in the middle of sending, and opened again.
            const closing = device.tabs.pop()!;
            await closing.close();
            device.tabs.push(await openTab(device.context));
            tabsClosed += 1;
          }
          // A person's pace, give or take: some edits in a burst, some after a pause.
          await new Promise((resolve) => setTimeout(resolve, random.int(600)));
        }
      }),
    );

    // One more edit of every draft, so each draft's last revision meets the faults too.
    for (const device of devices) {
      for (const id of device.drafts) {
        const next = randomEdit(expected.get(id)!, random);
        expected.set(id, next);
        await saveOnDevice(device.tabs[0]!, id, loginCodes.get(id)!, next, true);
        edits += 1;
      }
    }

    // The connection flickers on and off (the connection flickers on and off), and then
    // the network heals: every device sends what it has left.
    const queuedOnDevices = () => Promise.all(devices.map(async (device) => (await readDevice(device.tabs[0]!)).outbox.length));
    async function sendUntilEmpty(withinMs: number): Promise<number[]> {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const left = await queuedOnDevices();
        if (left.every((count) => count === 0) || Date.now() > deadline) return left;
        for (const device of devices) await sendEverythingNow(device.tabs[0]!);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    await sendUntilEmpty(full ? 20_000 : 8_000);
    proxy.setFaults(false);
    // A kill injected by one of the last requests may still be restarting the server.
    await proxy.serverBack();
    const left = await sendUntilEmpty(120_000);
    if (left.some((count) => count > 0)) {
      // What is stuck, and what the server has of it, to find out why.
      const stuck = [];
      for (const device of devices) {
        for (const entry of (await readDevice(device.tabs[0]!)).outbox) {
          stuck.push({ entry, serverRevisions: (await mappingOnServer(server.url, entry.mappingId, guide))?.revisions });
        }
      }
      throw new Error(`drafts still queued after the network healed: ${JSON.stringify(stuck)}`);
    }

    const mismatches: string[] = [];
    let revisionsStored = 0;
    for (const device of devices) {
      const { drafts } = await readDevice(device.tabs[0]!);
      for (const id of device.drafts) {
        const onDevice = drafts.find((draft) => draft.id === id);
        const onServer = await mappingOnServer(server.url, id, guide);
        const want = canonicalJson(expected.get(id));
        const revisions = onServer?.revisions.map((entry) => entry.revision) ?? [];
        revisionsStored += revisions.length;
        if (!onDevice || canonicalJson(onDevice.content) !== want) mismatches.push(`${id}: the device lost an edit`);
        if (!onServer || canonicalJson(onServer.content) !== want) mismatches.push(`${id}: the server differs from the device`);
        if (onDevice && onServer && (onServer.revision !== onDevice.revision || onDevice.sentRevision !== onDevice.revision)) {
          mismatches.push(`${id}: revision ${onDevice.revision} on the device, ${onServer.revision} on the server`);
        }
        if (revisions.some((revision, at) => at > 0 && revision <= revisions[at - 1]!)) mismatches.push(`${id}: revision stored twice or out of order: ${revisions.join(',')}`);
        if (onServer?.content.setAside.length) mismatches.push(`${id}: a merge set answers aside though only one device wrote`);
      }
    }

    const faultsInjected = Object.values(proxy.figures.faults).reduce((sum, count) => sum + count, 0);
    const report = {
      size: full ? 'full' : 'small',
      seed,
      database: databaseUrl ? 'postgresql' : 'pglite',
      devices: size.devices,
      drafts: size.drafts,
      edits,
      tabsClosedMidRun: tabsClosed,
      serverRestarts: restarts,
      ...proxy.figures,
      faultsInjected,
      revisionsStored,
      mismatches: mismatches.length,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    console.log(`fault injection: ${JSON.stringify(report)}`);
    mkdirSync('reports', { recursive: true });
    writeFileSync(join('reports', `faults-${report.size}-${report.database}.json`), `${JSON.stringify(report, null, 2)}\n`);

    expect(mismatches).toEqual([]);
    expect(faultsInjected).toBeGreaterThan(0);
    for (const device of devices) await device.context.close();
  });
});
