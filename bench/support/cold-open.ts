// A cold offline open of the installed app, as the responsiveness bench and the build comparison
// measure it: Chromium started afresh on its profile, the context offline and the server gone,
// the CPU slowed down; from navigation start until the first screen is painted and interactive.
import type { BrowserContext, Page } from 'playwright-core';
import { launchKillableChromium, type KillableChromium } from '../../tests/e2e/support/killable-chromium';
import { fillAboutYou, phone, startMapping, waitForOfflineReady } from '../../tests/e2e/support/pages';

/** The page as a phone shows it (a browser we started ourselves has no Playwright context options). */
async function asPhone(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const { width, height } = phone.viewport!;
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: phone.deviceScaleFactor!, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
  return cdp;
}

/** What a person acts on first and what they read first, on the screen the app opens on. */
export interface FirstScreen {
  act: string;
  read: string;
}

/**
 * Installed before the app's scripts: notes when the first screen is painted (its control there,
 * enabled and visible, its text there) and when it is interactive (from then, the first 50 ms
 * free of long tasks). Times are from navigation start.
 */
function watchOpening(screen: FirstScreen): void {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  const shown = () => {
    const act = document.querySelector<HTMLInputElement | HTMLButtonElement>(screen.act);
    const read = document.querySelector(screen.read);
    return act !== null && !act.disabled && act.getClientRects().length > 0 && (read?.textContent ?? '').trim() !== '';
  };
  const painted = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const quietFrom = async (from: number) => {
    let start = from;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + 50 - performance.now())));
      longTasks.push(...observer.takeRecords());
      const ends = longTasks.map((task) => task.startTime + task.duration).filter((end, index) => end > start && longTasks[index]!.startTime < start + 50);
      if (ends.length === 0) return start;
      start = Math.max(...ends);
    }
  };
  let seen = false;
  const watcher = new MutationObserver(() => {
    if (seen || !shown()) return;
    seen = true;
    watcher.disconnect();
    void painted().then(async (paintedAt) => {
      const interactiveAt = await quietFrom(paintedAt);
      // Told through the console, so nothing polls the page while it opens.
      console.info(`kompass-opened ${JSON.stringify({ paintedAt, interactiveAt })}`);
    });
  });
  watcher.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Starts Chromium afresh on the profile, opens the app offline and slowed down, and reads the times. */
export async function openCold(profileDir: string, url: string, screen: FirstScreen, cpuSlowdown: number): Promise<{ paintedAt: number; interactiveAt: number }> {
  const chromium = await launchKillableChromium(profileDir);
  try {
    const context = chromium.browser.contexts()[0]!;
    await context.setOffline(true);
    // tsx keeps function names with a __name() helper that does not exist inside the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await context.addInitScript(watchOpening, screen);
    const page = await context.newPage();
    const cdp = await asPhone(context, page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const opened = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('kompass-opened '), timeout: 60_000 });
    await page.goto(url, { waitUntil: 'commit' });
    return JSON.parse((await opened).text().slice('kompass-opened '.length)) as { paintedAt: number; interactiveAt: number };
  } finally {
    await chromium.close();
  }
}

/** The screens a cold open is measured on. */
export const firstScreens = {
  languageChoice: { act: 'button.language-option', read: '#language-choice-title' },
  question: { act: 'section.part input', read: 'h2.question-title' },
} satisfies Record<string, FirstScreen>;

/** A person in the middle of a mapping, on the birth-year question, the app installed on the device. */
export async function startMidMapping(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForOfflineReady(page);
  await startMapping(page);
  await fillAboutYou(page, { citizenship: 'Eritrea', gender: 'Kvinne', birthYear: '1991' });
}

/** A new page in a browser we started, shown as a phone shows it. */
export async function phonePage(chromium: KillableChromium): Promise<Page> {
  const context = chromium.browser.contexts()[0]!;
  // tsx keeps function names with a __name() helper that does not exist inside the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  await asPhone(context, page);
  return page;
}
