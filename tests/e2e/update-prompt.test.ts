import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../scripts/precompress';
import { fillAboutYou, phone, startMapping, waitForOfflineReady } from './support/pages';
import { startRig, type Rig } from './support/rig';

let rig: Rig;
// A copy of the built app that this test can "release a new version" of.
let staticDir: string;

beforeAll(async () => {
  rig = await startRig({
    staticDir: (workDir) => {
      staticDir = join(workDir, 'dist');
      cpSync(join(import.meta.dirname, '../../dist'), staticDir, { recursive: true });
      return staticDir;
    },
  });
});

afterAll(() => rig?.close());

describe('a new version', () => {
  it('waits for the person, never reloading under their typing, and keeps their answers', async () => {
    const context = await rig.browser.newContext(phone);
    // A slow line: the language's clips are still coming (through the service worker) when the
    // person chooses the new version, and the browser holds a new version back while the old
    // one has requests under way.
    await context.route('**/audio/**/*.mp3', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue().catch(() => undefined);
    });
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await startMapping(page);

    appendFileSync(join(staticDir, 'sw.js'), '\n// next release\n');
    // As a build does: the compressed copies the server sends are made again.
    await compressFile(join(staticDir, 'sw.js'));
    await page.reload();
    await expect.poll(() => page.getByTestId('update-prompt').isVisible(), { timeout: 15_000 }).toBe(true);

    // Typing while the notice is up: the page must stay the same page.
    await page.evaluate(() => Object.assign(window, { kompassSamePage: true }));
    await fillAboutYou(page, { citizenship: 'Syria', gender: 'Kvinne', birthYear: '1979' });
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (window as unknown as { kompassSamePage?: boolean }).kompassSamePage)).toBe(true);
    expect(await page.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1979');

    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Bruk den nye versjonen' }).click(),
    ]);
    expect(await page.evaluate(() => (window as unknown as { kompassSamePage?: boolean }).kompassSamePage)).toBeUndefined();
    await expect.poll(() => page.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1979');
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    await context.close();
  });
});
