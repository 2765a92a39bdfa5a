// How long a keystroke takes to be in IndexedDB, measured in Debian's Chromium on the built
// app: for each key, the time from the key's input event until another reader of the
// database sees the new text, sealed with the person's key as the app stores it (an upper
// bound on the commit, decryption by the reader included). Then the pagehide case: a key
// typed right before the page is left must be there when the person comes back.
// Run after a build: npm run build && npm run bench. KEYSTROKES and LEAVES set the sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { currentDraftId, phone, startMapping } from '../tests/e2e/support/pages';
import { installSealing, type Rig } from '../tests/e2e/support/sealed-storage';
import { staffOf } from '../tests/e2e/support/workspace';

const keystrokes = Number(process.env.KEYSTROKES ?? 200);
const leaves = Number(process.env.LEAVES ?? 20);
const budgetMs = 300;

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

/**
 * Arms the page: on the next input event, note the time, then read the draft through a
 * separate connection until it holds `expected`; `savedAfterMs` collects the result
 * (to within the ~1 ms between reads).
 */
async function armSaveTimer(page: Page, draftId: string, expected: string): Promise<void> {
  await page.evaluate(installSealing);
  await page.evaluate(
    async ({ draftId, expected }) => {
      const probe = window as unknown as { savedAfterMs?: number | null; reader?: IDBDatabase; kompassRig: Rig };
      probe.savedAfterMs = null;
      probe.reader ??= await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('kompass');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const db = probe.reader;
      // The person's answers are sealed at rest: the probe opens them with their key, as the app does.
      const keyOfDraft = await new Promise<CryptoKey>((resolve, reject) => {
        const transaction = db.transaction(['drafts', 'unlocked']);
        const draft = transaction.objectStore('drafts').get(draftId);
        draft.onsuccess = () => {
          const unlocked = transaction.objectStore('unlocked').get((draft.result as { owner: { loginId: string } }).owner.loginId);
          unlocked.onsuccess = () => resolve((unlocked.result as { key: CryptoKey }).key);
        };
        transaction.onerror = () => reject(transaction.error);
      });
      document.querySelector('section.part textarea')!.addEventListener(
        'input',
        () => {
          const typedAt = performance.now();
          // One read at a time, with a breath between, so the reader never starves the
          // app's write (Chromium lets back-to-back readers hold a store).
          const read = () => {
            const transaction = db.transaction('drafts');
            const request = transaction.objectStore('drafts').get(draftId);
            transaction.oncomplete = async () => {
              const content = (await probe.kompassRig.unseal(keyOfDraft, request.result.sealed, draftId)) as { wishes: { text: string } };
              if (content.wishes.text === expected) probe.savedAfterMs = performance.now() - typedAt;
              else setTimeout(read, 1);
            };
          };
          read();
        },
        { once: true },
      );
    },
    { draftId, expected },
  );
}

async function savedAfterMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { savedAfterMs?: number | null }).savedAfterMs ?? null, undefined, {
    polling: 5,
  });
  return (await handle.jsonValue()) as number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
await staffOf(server);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const context = await browser.newContext(phone);
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  await page.goto(server.url);
  await startMapping(page);
  const draftId = await currentDraftId(page);
  const textarea = await openWishesText(page, server.url);

  const times: number[] = [];
  let typed = '';
  for (let index = 0; index < keystrokes; index += 1) {
    const key = 'abcdefghij klmnopqrstuvwxyzæøå'[index % 30]!;
    typed += key;
    await armSaveTimer(page, draftId, typed);
    // A real key press for ASCII; æøå arrive as typed text, as from an on-screen keyboard.
    if (/[a-z]/.test(key)) await textarea.press(key);
    else await page.keyboard.insertText(key);
    times.push(await savedAfterMs(page));
  }
  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`autosave, keystroke to IndexedDB (${keystrokes} keys, phone 390x844, Debian Chromium):`);
  console.log(`  p50 ${fmt(percentile(times, 50))}   p95 ${fmt(percentile(times, 95))}   max ${fmt(times.at(-1)!)}   budget ${budgetMs} ms: ${times.at(-1)! <= budgetMs ? 'met' : 'NOT met'}`);

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
  console.log(`autosave, key typed then page left at once (pagehide): ${leaves} tries, ${lost} lost`);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
