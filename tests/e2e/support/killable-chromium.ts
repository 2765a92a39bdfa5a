import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { freePort } from './kompass-server';

export interface KillableChromium {
  browser: Browser;
  /** Its DevTools port, for other tools (Lighthouse) to drive the same browser. */
  port: number;
  /** SIGKILL: no unload, no clean shutdown — as when a phone's browser is killed. */
  kill(): Promise<void>;
  /** A clean shutdown, as when the person closes the browser: what it keeps on disk is written out. */
  close(): Promise<void>;
}

/**
 * Chromium 156 loads its address bar's popups (two WebUI pages, each in its own renderer) for
 * every window, though headless never shows them. They compete for the CPU with the page being
 * opened: on this 2-core machine a question's cold offline open measured 3.7 s with them, 3.2 s
 * without (the language screen 3.4 and 1.7 s). A phone's browser has no such pages. (Not added to
 * Playwright's launches: Chromium keeps only the last --disable-features, and Playwright has its own.)
 */
const withoutBrowserChrome = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];

/**
 * Chromium started by us (not by Playwright) on a profile folder that outlives it, so a test
 * can kill the process outright and start it again on the same IndexedDB.
 */
export async function launchKillableChromium(profileDir: string): Promise<KillableChromium> {
  const port = await freePort();
  const child = spawn(chromiumPath, [...chromiumArgs, ...withoutBrowserChrome, `--user-data-dir=${profileDir}`, `--remote-debugging-port=${port}`, 'about:blank'], {
    stdio: 'ignore',
  });
  const browser = await connectWhenReady(`http://127.0.0.1:${port}`, child);
  return { browser, port, kill: () => killProcess(child), close: () => closeBrowser(browser, child) };
}

async function connectWhenReady(endpoint: string, child: ChildProcess): Promise<Browser> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await chromium.connectOverCDP(endpoint);
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function closeBrowser(browser: Browser, child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await (await browser.newBrowserCDPSession()).send('Browser.close').catch(() => undefined);
  // A browser that will not shut down within 30 s is ended as a crash would end it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
  clearTimeout(timer);
  await killProcess(child);
}

function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
