// How long a keystroke takes to be in IndexedDB, measured in Debian's Chromium on the built
// app: for each key, the time from its input event until IndexedDB reports committed the
// first write of the draft that holds it, sealed with the person's key as the app stores it.
// The writes are watched as they commit and opened only after the typing, so no reader of
// the database competes with the app while it saves (a reader polling the draft would share
// the page's thread and the store's lock with it). The same record tells whether any write
// landed out of order or any keystroke never landed. Then the pagehide case: a key typed
// right before the page is left must be there when the person comes back.
// Run after a build: npm run build && npm run bench. KEYSTROKES, KEY_INTERVAL_MS and LEAVES set the sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { currentDraftId, phone, startMapping } from '../tests/e2e/support/pages';
import { installSealing, type Rig } from '../tests/e2e/support/sealed-storage';
import { staffOf } from '../tests/e2e/support/workspace';
import { hostLoad, percentile, reportFigures } from './support/figures';
import { clipsKeptOffline, draftsDelivered } from './support/next-visit';

const keystrokes = Number(process.env.KEYSTROKES ?? 200);
// A key every 150 ms is a fast typist (about 80 words a minute), faster than most on a phone.
const keyIntervalMs = Number(process.env.KEY_INTERVAL_MS ?? 150);
const leaves = Number(process.env.LEAVES ?? 20);

interface SealedDraft {
  id: string;
  owner?: { loginId?: string };
  sealed?: { iv: string; data: string };
  content?: { wishes: { text: string } };
}

/** What the page noted: each input event, and each committed write of a draft. */
interface Watched {
  inputs: { at: number; text: string }[];
  commits: { at: number; drafts: SealedDraft[] }[];
}

/**
 * Installed before the app's own scripts: notes the text after each input event, and for every
 * read-write transaction that puts a draft, the drafts it put and the moment it committed.
 */
function watchDraftCommits(): void {
  const watched: Watched = { inputs: [], commits: [] };
  Object.assign(window, { kompassWatched: watched });
  const putsOf = new WeakMap<IDBTransaction, SealedDraft[]>();
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: SealedDraft, key?: IDBValidKey) {
    if (this.name === 'drafts') {
      const transaction = this.transaction;
      let drafts = putsOf.get(transaction);
      if (!drafts) {
        drafts = [];
        putsOf.set(transaction, drafts);
        const committed = drafts;
        transaction.addEventListener('complete', () => watched.commits.push({ at: performance.now(), drafts: committed }));
      }
      drafts.push(value);
    }
    return put.call(this, value, key);
  };
  window.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLTextAreaElement) watched.inputs.push({ at: performance.now(), text: event.target.value });
    },
    { capture: true },
  );
}

/** Each keystroke's text and, once the typing is over, the wishes text of each committed write, opened with the person's key. */
async function typedAndCommitted(page: Page, draftId: string) {
  await page.evaluate(installSealing);
  return page.evaluate(async (draftId) => {
    const { kompassWatched: watched, kompassRig: rig } = window as unknown as { kompassWatched: Watched; kompassRig: Rig };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kompass');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const keys = await new Promise<{ loginId: string; key: CryptoKey }[]>((resolve, reject) => {
      const read = db.transaction('unlocked').objectStore('unlocked').getAll();
      read.onsuccess = () => resolve(read.result as { loginId: string; key: CryptoKey }[]);
      read.onerror = () => reject(read.error);
    });
    db.close();
    const textOf = async (draft: SealedDraft) => {
      if (!draft.sealed) return draft.content!.wishes.text;
      const key = keys.find((unlocked) => unlocked.loginId === draft.owner?.loginId)!.key;
      return ((await rig.unseal(key, draft.sealed, draft.id)) as { wishes: { text: string } }).wishes.text;
    };
    const commits = [];
    for (const commit of watched.commits) {
      for (const draft of commit.drafts.filter((written) => written.id === draftId)) commits.push({ at: commit.at, text: await textOf(draft) });
    }
    return { inputs: watched.inputs, commits };
  }, draftId);
}

/** Puts the person on the free-text wishes question (a textarea) and returns it. */
async function openWishesText(page: Page, url: string) {
  const draftId = await currentDraftId(page);
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kompass');
        open.onsuccess = () => {
          const write = open.result.transaction('settings', 'readwrite');
          write.objectStore('settings').put({ key: 'mappingPosition', value });
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
      }),
    JSON.stringify({ draftId, position: { step: 'wishes.text' } }),
  );
  await page.goto(url);
  const text = page.locator('section.part textarea');
  await text.waitFor();
  return text;
}

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
await staffOf(server);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const context = await browser.newContext(phone);
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(watchDraftCommits);
  const page = await context.newPage();
  await page.goto(server.url);
  await startMapping(page);
  const draftId = await currentDraftId(page);
  const textarea = await openWishesText(page, server.url);
  // The app's start-up work is over before the first key: the first sync, and the language's
  // read-aloud clips, which it fetches into its cache in the background once, after opening.
  await clipsKeptOffline(page, 'nb');
  await draftsDelivered(page);

  const startedAt = Date.now();
  for (let index = 0; index < keystrokes; index += 1) {
    const key = 'abcdefghij klmnopqrstuvwxyzæøå'[index % 30]!;
    const pause = startedAt + index * keyIntervalMs - Date.now();
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    // A real key press for ASCII; æøå arrive as typed text, as from an on-screen keyboard.
    if (/[a-z ]/.test(key)) await textarea.press(key === ' ' ? 'Space' : key);
    else await page.keyboard.insertText(key);
  }
  await page.waitForTimeout(1_000);
  const { inputs, commits } = await typedAndCommitted(page, draftId);

  // A key has landed with the first write after it that holds its text (typing only appends,
  // so a later write holds every earlier key too).
  const times: number[] = [];
  let neverLanded = 0;
  for (const input of inputs) {
    const landed = commits.find((commit) => commit.at >= input.at && commit.text.startsWith(input.text));
    if (landed) times.push(landed.at - input.at);
    else neverLanded += 1;
  }
  const outOfOrder = commits.filter((commit, index) => index > 0 && commit.text.length < commits[index - 1]!.text.length).length;
  times.sort((a, b) => a - b);

  // Leaving: type one more key and leave the page at once; come back and look.
  let lost = 0;
  for (let index = 0; index < leaves; index += 1) {
    const key = String(index % 10);
    const before = await textarea.inputValue();
    await textarea.focus();
    await page.keyboard.press('Control+End');
    await textarea.press(key);
    await page.goto('about:blank');
    await page.goto(server.url);
    await page.locator('section.part textarea').waitFor();
    if ((await page.locator('section.part textarea').inputValue()) !== before + key) lost += 1;
  }

  const typing = `${inputs.length} keys, one every ${keyIntervalMs} ms, ${hostLoad()}`;
  reportFigures('autosave', 'Autosave: keystroke to committed in IndexedDB, sealed (phone 390x844, Debian Chromium)', [
    { what: 'keystroke to IndexedDB, p50', value: percentile(times, 50), unit: 'ms', note: typing },
    { what: 'keystroke to IndexedDB, p95', value: percentile(times, 95), unit: 'ms', budget: { atMost: 20 }, note: typing },
    { what: 'keystroke to IndexedDB, max', value: times.at(-1) ?? NaN, unit: 'ms' },
    { what: 'keystrokes that never landed', value: neverLanded, unit: 'keys', budget: { atMost: 0 } },
    { what: 'writes landing out of order', value: outOfOrder, unit: 'writes', budget: { atMost: 0 }, note: `${commits.length} writes` },
    { what: 'key typed then page left at once (pagehide), lost', value: lost, unit: 'keys', budget: { atMost: 0 }, note: `${leaves} tries` },
  ]);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
