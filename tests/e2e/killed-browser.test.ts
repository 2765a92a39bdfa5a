import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKillableChromium } from './support/killable-chromium';
import { freePort, startKompassServer, type KompassServer } from './support/kompass-server';
import { firstStartDataDir } from './support/rig';
import { staffOf } from './support/workspace';
import { fillAboutYou, startMapping, storedDraftContent, waitForOfflineReady } from './support/pages';

let server: KompassServer;
const workDir = mkdtempSync(join(tmpdir(), 'kompass-e2e-kill-'));

beforeAll(async () => {
  server = await startKompassServer({ port: await freePort(), dataDir: firstStartDataDir(workDir) });
  await staffOf(server);
});

afterAll(async () => {
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('a killed browser', () => {
  it('loses nothing that was on screen a second before it died', async () => {
    const profileDir = join(workDir, 'profile');
    const first = await launchKillableChromium(profileDir);
    try {
      const context = first.browser.contexts()[0]!;
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForOfflineReady(page);
      await startMapping(page);
      // Offline, so the draft can only be on the device.
      await context.setOffline(true);
      await page.reload();
      await fillAboutYou(page, { citizenship: 'Afghanistan', gender: 'Annet', birthYear: '2001' });
      await page.waitForTimeout(1_000);
    } finally {
      await first.kill();
    }

    const second = await launchKillableChromium(profileDir);
    try {
      const reopened = await second.browser.contexts()[0]!.newPage();
      await reopened.goto(server.url);
      await expect.poll(() => reopened.getByLabel('Fødselsår', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('2001');
      expect((await storedDraftContent(reopened)).aboutYou).toEqual({ citizenship: 'AF', gender: 'other', birthYear: 2001 });
    } finally {
      await second.kill();
    }
  });
});
