import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioPackManifestSchema, languageNamesIndexSchema } from '../../src/domain/audio-pack';
import { chooseLanguage, phone, waitForOfflineReady } from './support/pages';
import { startRig, type Rig } from './support/rig';

let rig: Rig;
const frenchPack = audioPackManifestSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/audio/fr/manifest.json'), 'utf8')),
);

const languageNames = languageNamesIndexSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/audio/language-names.json'), 'utf8')),
);

beforeAll(async () => {
  rig = await startRig();
});

afterAll(() => rig?.close());

/** Records every clip the page plays, and whether it really played to the end. */
async function listenForPlayback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { src: string; event: string }[] = [];
    Object.assign(window, { kompassAudioLog: log });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      for (const event of ['playing', 'ended', 'error']) {
        this.addEventListener(event, () => log.push({ src: new URL(this.src).pathname, event }));
      }
      return play.call(this);
    };
  });
}

const playbackLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { kompassAudioLog: { src: string; event: string }[] }).kompassAudioLog);

async function clipsKeptOffline(page: Page, locale: string): Promise<number> {
  return page.evaluate(async (locale) => {
    const keys = await (await caches.open('kompass-audio')).keys();
    return keys.filter((request) => new URL(request.url).pathname.startsWith(`/audio/${locale}/`) && request.url.endsWith('.mp3')).length;
  }, locale);
}

describe('read aloud', () => {
  it('plays the chosen language’s own clip for a paragraph, offline, highlighting it', async () => {
    // This Chromium has no speech voices, so French comes from the shipped pack.
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await listenForPlayback(page);
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await chooseLanguage(page, 'Français');
    const clipCount = new Set(Object.values(frenchPack.clips).map((clip) => clip.file)).size;
    await expect.poll(() => clipsKeptOffline(page, 'fr'), { timeout: 60_000 }).toBe(clipCount);

    await context.setOffline(true);
    await page.reload();
    const paragraph = 'letter.legalBasis.text';
    await page.getByTestId(`speak-${paragraph}`).click();
    const speaking = page.locator('[data-speaking]');
    await expect.poll(() => speaking.count()).toBe(1);
    expect(await speaking.innerText()).toContain('§\u00a041');

    const expected = `/audio/fr/${frenchPack.clips[paragraph]!.file}`;
    await expect.poll(() => playbackLog(page), { timeout: 30_000 }).toEqual([
      { src: expected, event: 'playing' },
      { src: expected, event: 'ended' },
    ]);
    await expect.poll(() => speaking.count()).toBe(0);
    await context.close();
  });

  it('says each language’s name in that language on the first screen, and only there is a voice', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await listenForPlayback(page);
    await page.goto(rig.server.url);
    await page.getByTestId('speak-language-ar').click();
    const expected = `/audio/${languageNames.ar!.file}`;
    await expect.poll(() => playbackLog(page), { timeout: 15_000 }).toEqual([
      { src: expected, event: 'playing' },
      { src: expected, event: 'ended' },
    ]);
    for (const silent of ['ti', 'ps', 'ckb', 'so']) {
      expect(await page.getByTestId(`speak-language-${silent}`).count()).toBe(0);
    }
    expect(await page.locator('[data-testid^="speak-language-"]').count()).toBe(10);
    await context.close();
  });

  it('reads the slower speed too, and stops when asked', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await listenForPlayback(page);
    await page.goto(rig.server.url);
    await chooseLanguage(page, 'Norsk bokmål');
    await page.getByLabel('Sakte', { exact: true }).check();
    await page.getByTestId('speak-letter.intro.consequences').click();
    await expect.poll(async () => (await playbackLog(page)).map((entry) => entry.event)).toEqual(['playing']);
    expect(await page.evaluate(() => document.querySelector('[data-speaking]') !== null)).toBe(true);
    await page.getByTestId('speak-letter.intro.consequences').click();
    await expect.poll(() => page.locator('[data-speaking]').count()).toBe(0);
    await context.close();
  });
});
