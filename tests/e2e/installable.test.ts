import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKillableChromium } from './support/killable-chromium';
import { freePort, startKompassServer, type KompassServer } from './support/kompass-server';
import { firstStartDataDir } from './support/rig';
import { waitForOfflineReady } from './support/pages';

let server: KompassServer;
const workDir = mkdtempSync(join(tmpdir(), 'kompass-e2e-install-'));

beforeAll(async () => {
  server = await startKompassServer({ port: await freePort(), dataDir: firstStartDataDir(workDir) });
});

afterAll(async () => {
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the app', () => {
  it('is installable: Chromium finds a valid manifest, icons and a service worker', async () => {
    // A real profile, not an incognito context: Chromium never offers installation there.
    const chromium = await launchKillableChromium(join(workDir, 'profile'));
    try {
      const context = chromium.browser.contexts()[0]!;
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForOfflineReady(page);
      const devtools = await context.newCDPSession(page);
      const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
      const { url, errors } = await devtools.send('Page.getAppManifest', {});
      expect(url).toBe(`${server.url}/manifest.webmanifest`);
      expect(errors).toEqual([]);
    } finally {
      await chromium.kill();
    }
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Kompass', theme_color: '#0b5c66', display: 'standalone' });
    expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});
