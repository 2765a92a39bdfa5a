import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** DevTools' network conditions: added to every request's wait for its answer, and a cap on bytes per second each way. */
export interface NetworkConditions {
  latencyMs: number;
  bytesPerSecond: number;
}

/** DevTools' "Slow 3G" preset (its numbers, as Chromium's front end sends them). */
export const slow3g: NetworkConditions = { latencyMs: 2_000, bytesPerSecond: 50_000 };

/** The tablet's line, as DevTools sets it on the page and on its service worker. */
export interface Line {
  /** No network at all, as with DevTools' "Offline". */
  cut(): Promise<void>;
  /** Back online, on a line this slow: one step, so that not one request slips out at full speed. */
  restore(conditions: NetworkConditions): Promise<void>;
}

/**
 * DevTools' network conditions for a page and its service worker (the worker's own requests,
 * its Background Sync pass, are not slowed by the page's conditions). Both ways are set
 * through sessions of this bench's own: conditions set by another session (Playwright's
 * `setOffline`) would stay in force beside these.
 */
export async function lineOf(browser: Browser, context: BrowserContext, page: Page): Promise<Line> {
  const pageSession = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const browserSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const workers = targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(origin));
  const targets: Emulate[] = [
    (conditions) => pageSession.send('Network.emulateNetworkConditions', conditions).then(() => undefined),
    ...(await Promise.all(workers.map((worker) => emulatorOf(browserSession, worker.targetId)))),
  ];
  const emulate = (conditions: Conditions) => Promise.all(targets.map((target) => target(conditions))).then(() => undefined);
  return {
    cut: () => emulate({ offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }),
    restore: ({ latencyMs, bytesPerSecond }) =>
      emulate({ offline: false, latency: latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond }),
  };
}

/** DevTools' Network.emulateNetworkConditions, in its own words (bytes per second, -1 for no limit). */
interface Conditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Sets the network conditions of one target. */
type Emulate = (conditions: Conditions) => Promise<void>;

/**
 * Network conditions for another target (the service worker), through the browser's session.
 * Playwright holds the worker in a flat session of its own and gives no handle to it; a second,
 * non-flat session (messages wrapped in Target.sendMessageToTarget) reaches it all the same.
 */
async function emulatorOf(browserSession: CDPSession, targetId: string): Promise<Emulate> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  const answers = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let lastId = 0;
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; error?: { message: string } };
    const answer = message.id === undefined ? undefined : answers.get(message.id);
    if (!answer) return;
    answers.delete(message.id!);
    if (message.error) answer.reject(new Error(message.error.message));
    else answer.resolve();
  });
  return (conditions) =>
    new Promise<void>((resolve, reject) => {
      lastId += 1;
      answers.set(lastId, { resolve, reject });
      const message = JSON.stringify({ id: lastId, method: 'Network.emulateNetworkConditions', params: conditions });
      browserSession.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
    });
}
