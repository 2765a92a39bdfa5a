import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, fillAboutYou, phone, startMapping, tablet, waitForOfflineReady } from './support/pages';
import { staffOf } from './support/workspace';
import { mappingOnServer } from './support/kompass-server';
import { startRig, type Rig } from './support/rig';

let rig: Rig;
const screenshots = join(import.meta.dirname, '../../reports/screenshots');

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startRig();
});

afterAll(() => rig?.close());

/**
 * Whether the browser has loaded a shipped face of `family` whose unicode-range covers every
 * non-Latin character of `text`: then that text was drawn with it, not as empty boxes.
 */
async function drawnWith(page: Page, family: string, text: string, weight = 400): Promise<boolean> {
  return page.evaluate(
    async ({ family, text, weight }) => {
      await document.fonts.ready;
      const ranges = [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === family && face.weight === String(weight) && face.status === 'loaded')
        .flatMap((face) => face.unicodeRange.split(',').map((range) => range.trim().replace(/^U\+/i, '').split('-')))
        .map(([from, to]) => [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const);
      const script = [...text].map((char) => char.codePointAt(0)!).filter((code) => code > 0x24f && code !== 0x2068 && code !== 0x2069);
      return script.length > 0 && script.every((code) => ranges.some(([from, to]) => code >= from && code <= to));
    },
    { family, text, weight },
  );
}

describe('languages', () => {
  it('lists every language by its own name first, then gives the letter in the chosen one', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await page.locator('.language-option').first().waitFor();
    const names = await page.locator('.language-option').allTextContents();
    expect(names).toHaveLength(14);
    expect(names).toContain('ትግርኛ');
    expect(names).toContain('کوردیی ناوەندی');

    const participant = await chooseLanguage(page, 'ትግርኛ');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ti');
    await expect.poll(() => page.locator('.letter-title').textContent()).toMatch(/[\u1200-\u137f]/);
    expect(await drawnWith(page, 'Noto Sans Ethiopic', await page.locator('.letter p').first().innerText())).toBe(true);
    // Nothing can read Tigrinya aloud here: say so, and show no speaker that would read it wrongly.
    expect(await page.getByTestId('read-aloud-unavailable').isVisible()).toBe(true);
    expect(await page.locator('.speak-button').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'e2e-phone-ti-letter.png'), fullPage: true });

    await page.locator('.letter .button-primary').click();
    await expect.poll(() => page.locator('h2.question-title').isVisible()).toBe(true);
    const guide = (await staffOf(rig.server)).guide;
    await expect.poll(async () => (await mappingOnServer(rig.server.url, participant.mappingId, guide)) !== null, { timeout: 15_000 }).toBe(true);
    const stored = (await mappingOnServer(rig.server.url, participant.mappingId, guide))!;
    expect(stored.content.informationLetter).toMatchObject({ language: 'ti', version: 'imdi-2021.1' });
    expect(stored.content.language).toBe('ti');

    // The Ethiopic font is kept on the device: offline, Tigrinya is still drawn with it.
    await waitForOfflineReady(page);
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('kompass-fonts')).keys()).filter((key) => key.url.includes('ethiopic')).length))
      .toBeGreaterThanOrEqual(2);
    await context.setOffline(true);
    await page.reload();
    await page.locator('h2.question-title').waitFor();
    expect(await drawnWith(page, 'Noto Sans Ethiopic', await page.locator('h2.question-title').innerText(), 700)).toBe(true);
    await context.close();
  });

  for (const locale of [
    { code: 'ar', endonym: 'العربية' },
    { code: 'ckb', endonym: 'کوردیی ناوەندی' },
  ]) {
    it(`mirrors the layout right-to-left in ${locale.code}, with an Arabic-script font`, async () => {
      for (const [device, options] of [['phone', phone], ['tablet', tablet]] as const) {
        const context = await rig.browser.newContext(options);
        const page = await context.newPage();
        await page.goto(rig.server.url);
        await chooseLanguage(page, locale.endonym);
        await page.locator('.letter .button-primary').click();
        await page.locator('h2.question-title').waitFor();

        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        expect(await page.locator('.app-main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
        // Mirrored: the header's language switch sits left of the app's name, and "back" sits
        // right of "next".
        const name = (await page.locator('.app-name').boundingBox())!;
        const languageSwitch = (await page.locator('.language-switch').boundingBox())!;
        expect(languageSwitch.x).toBeLessThan(name.x);
        const [first, second] = await page.locator('.step-navigation button').evaluateAll((buttons) =>
          buttons.slice(0, 2).map((button) => button.getBoundingClientRect().x),
        );
        expect(first).toBeGreaterThan(second!);
        expect(await drawnWith(page, 'Noto Sans Arabic', await page.locator('h2.question-title').innerText(), 700)).toBe(true);
        expect(await drawnWith(page, 'Noto Sans Arabic', await page.locator('.search-picker .field-hint').innerText())).toBe(true);
        await page.screenshot({ path: join(screenshots, `e2e-${device}-${locale.code}.png`), fullPage: true });
        await context.close();
      }
    });
  }

  it('switches language mid-question without losing the answer or the place', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await startMapping(page);
    await context.setOffline(true);
    await fillAboutYou(page, { citizenship: 'Syria', gender: 'Kvinne', birthYear: '1975' });
    await page.locator('.language-switch select').selectOption('fr');
    await expect.poll(() => page.locator('h2.question-title').textContent()).not.toBe('Fødselsår');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('.number-input').inputValue()).toBe('1975');
    await page.getByTestId('next').click();
    await page.locator('.language-switch select').selectOption('fa-AF');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('.step-navigation button').first().click();
    expect(await page.locator('.number-input').inputValue()).toBe('1975');
    await context.close();
  });
});
