// How quickly the app answers, measured in Debian's Chromium on the built app:
// (a) switching language once both languages have been shown before: from the choice in the
//     language menu until the screen shows the new language's text, painted (the first frame
//     after the DOM holds it and the page says the new language and direction); on a mapping
//     question, between nb ↔ ar (left-to-right ↔ right-to-left) and en ↔ ti (Ethiopic script).
// (b) opening offline from cold under 4× CPU slowdown: an installed app (service worker ready),
//     the browser process started afresh on its profile, the context offline and the server
//     gone; from navigation start until interactive — the screen's first control enabled and
//     its text painted, and then 50 ms without a long task (≥ 50 ms) on the main thread, TTI's
//     rule with a shorter window. Once for a new person (the language screen), once for a
//     person in the middle of a mapping (their question).
// Run after a build: npm run build && npx tsx bench/responsiveness.ts
// SWITCHES (per pair), COLD_RUNS (per screen) and CPU_SLOWDOWN set the sizes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AppLocale } from '../src/domain/app-locales';
import { launchKillableChromium } from '../tests/e2e/support/killable-chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { waitForOfflineReady } from '../tests/e2e/support/pages';
import { staffOf } from '../tests/e2e/support/workspace';
import { firstScreens, openCold, phonePage, startMidMapping } from './support/cold-open';
import { hostLoad, percentile, reportFigures, type Figure } from './support/figures';
import { clipsKeptOffline, draftsDelivered } from './support/next-visit';

const switches = Number(process.env.SWITCHES ?? 20);
const coldRuns = Number(process.env.COLD_RUNS ?? 5);
const cpuSlowdown = Number(process.env.CPU_SLOWDOWN ?? 4);
const pairs: [AppLocale, AppLocale][] = [
  ['nb', 'ar'],
  ['en', 'ti'],
];
const root = join(import.meta.dirname, '..');

/** A message as the locale file has it (nb, the source, keeps a description beside it). */
function messageOf(locale: AppLocale, id: string): string {
  const message = (JSON.parse(readFileSync(join(root, 'locales', `${locale}.json`), 'utf8')) as Record<string, string | { defaultMessage: string }>)[id]!;
  return typeof message === 'string' ? message : message.defaultMessage;
}

/**
 * Chooses `locale` in the language menu and returns the milliseconds from the choice until the
 * first frame painted after the screen holds the new language: the tagline in it, the question
 * shown (not its loading line), and the page's language and direction set.
 */
async function switchTo(page: Page, locale: AppLocale): Promise<number> {
  await page.evaluate(
    ({ locale, tagline }) => {
      const probe = window as unknown as { switchedAfterMs?: number | null };
      probe.switchedAfterMs = null;
      let chosenAt = 0;
      window.addEventListener('change', () => (chosenAt = performance.now()), { capture: true, once: true });
      const shown = () =>
        document.documentElement.lang === locale &&
        document.querySelector('.app-tagline')?.textContent === tagline &&
        document.querySelector('h2.question-title') !== null;
      const watcher = new MutationObserver(() => {
        if (chosenAt === 0 || !shown()) return;
        watcher.disconnect();
        // The frame that holds the change: a message posted from requestAnimationFrame runs after it is painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (probe.switchedAfterMs = performance.now() - chosenAt);
          channel.port2.postMessage(null);
        });
      });
      watcher.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    { locale, tagline: messageOf(locale, 'app.tagline') },
  );
  await page.selectOption('.language-switch select', locale);
  const handle = await page.waitForFunction(() => (window as unknown as { switchedAfterMs?: number | null }).switchedAfterMs ?? null, undefined, {
    polling: 10,
  });
  return (await handle.jsonValue()) as number;
}

const workDir = mkdtempSync(join(tmpdir(), 'kompass-bench-'));
const server = await startKompassServer({ port: await freePort(), dataDir: join(workDir, 'data') });
const figures: Figure[] = [];
try {
  await staffOf(server);
  const profiles = { newPerson: join(workDir, 'new-person'), midMapping: join(workDir, 'mid-mapping') };

  // A person in the middle of a mapping (on the birth-year question) switches language back and forth.
  const returning = await launchKillableChromium(profiles.midMapping);
  try {
    const page = await phonePage(returning);
    await startMidMapping(page, server.url);
    let current: AppLocale = 'nb';
    const switchFrom = async (locale: AppLocale) => {
      const ms = await switchTo(page, locale);
      current = locale;
      return ms;
    };
    for (const [first, second] of pairs) {
      // Each language shown once before (its messages, names and font loaded): then measured.
      for (const locale of [first, second]) if (locale !== current) await switchFrom(locale);
      const times: number[] = [];
      for (let index = 0; index < switches; index += 1) times.push(await switchFrom(current === first ? second : first));
      times.sort((a, b) => a - b);
      const note = `${switches} switches, question screen`;
      figures.push(
        { what: `language switch ${first} ↔ ${second}, p50`, value: percentile(times, 50), unit: 'ms', note },
        { what: `language switch ${first} ↔ ${second}, p95`, value: percentile(times, 95), unit: 'ms', budget: { atMost: 150 }, note },
      );
    }
    // The person's own language again, and everything the app fetches in the background done, before it is closed.
    if (current !== 'nb') await switchFrom('nb');
    await clipsKeptOffline(page, 'nb');
    await draftsDelivered(page);
  } finally {
    await returning.close();
  }

  // A new person's device: the app installed on the first visit, no language chosen yet.
  const fresh = await launchKillableChromium(profiles.newPerson);
  try {
    const page = await fresh.browser.contexts()[0]!.newPage();
    await page.goto(server.url);
    await waitForOfflineReady(page);
    await clipsKeptOffline(page);
  } finally {
    await fresh.close();
  }

  // Offline for real: nothing answers at the app's address any more.
  await server.stop();
  const screens = [
    { name: 'language screen (new person)', profile: profiles.newPerson, screen: firstScreens.languageChoice },
    { name: 'question (mid-mapping)', profile: profiles.midMapping, screen: firstScreens.question },
  ];
  for (const { name, profile, screen } of screens) {
    const opened = [];
    for (let run = 0; run < coldRuns; run += 1) opened.push(await openCold(profile, server.url, screen, cpuSlowdown));
    const interactive = opened.map((open) => open.interactiveAt).sort((a, b) => a - b);
    const painted = opened.map((open) => open.paintedAt).sort((a, b) => a - b);
    const note = `${coldRuns} cold starts, offline, CPU ×${cpuSlowdown}, ${hostLoad()}`;
    figures.push(
      { what: `cold offline open, ${name}: painted, p50`, value: percentile(painted, 50), unit: 'ms', note },
      { what: `cold offline open, ${name}: interactive, p50`, value: percentile(interactive, 50), unit: 'ms', budget: { atMost: 1500 }, note },
      { what: `cold offline open, ${name}: interactive, max`, value: interactive.at(-1)!, unit: 'ms', note },
    );
  }
  reportFigures('responsiveness', 'Responsiveness: language switch once cached, cold offline open (phone 390x844, Debian Chromium)', figures);
} finally {
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
}
