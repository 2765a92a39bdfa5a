import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';
import { freePort, startKompassServer, type KompassServer } from './kompass-server';
import { staffOf } from './workspace';

export interface Rig {
  browser: Browser;
  /** The running server; replaced by `restartServer`. */
  server: KompassServer;
  workDir: string;
  /** Starts the server again on the same port and data, so browsers keep their origin. */
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A data folder in `workDir` holding a copy of the database the server's first start makes
 * (./first-start-data.ts): a server started on it finds what its first start would have made.
 */
export function firstStartDataDir(workDir: string): string {
  const dataDir = join(workDir, 'data');
  cpSync(inject('firstStartData'), join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}

/** The real server (own port, own data folder) and a headless Debian Chromium, for one test file. */
export async function startRig(options: { staticDir?: (workDir: string) => string } = {}): Promise<Rig> {
  const workDir = mkdtempSync(join(tmpdir(), 'kompass-e2e-'));
  const port = await freePort();
  const serverOptions = { port, dataDir: firstStartDataDir(workDir), staticDir: options.staticDir?.(workDir) };
  const server = await startKompassServer(serverOptions);
  // Staff exist from the start (the first administrator by the printed setup link, a guide, an advisor).
  await staffOf(server);
  const rig: Rig = {
    workDir,
    server,
    browser: await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
    async restartServer() {
      rig.server = await startKompassServer(serverOptions);
    },
    async close() {
      await rig.browser.close();
      await rig.server.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
  return rig;
}
