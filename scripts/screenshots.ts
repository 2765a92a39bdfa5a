// Screenshots of every screen, phone and tablet, in left-to-right and right-to-left
// languages, for a person to look at: npm run build && npm run screenshots → reports/screenshots/.
// LOCALES=nb,ar picks languages (default nb,ar,ckb,ti); DEVICES=phone picks devices.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { appLocales } from '../src/domain/app-locales';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { walkAboutYou, walkInterestsAndWishes, walkLists, norwegianWords } from '../tests/e2e/support/mapping-walk';
import { chooseLanguage, logInWithCode, phone, tablet } from '../tests/e2e/support/pages';
import { codeForPage, staffOf } from '../tests/e2e/support/workspace';

const outDir = join(import.meta.dirname, '../reports/screenshots');
const locales = (process.env.LOCALES ?? 'nb,ar,ckb,ti').split(',');
const devices = (process.env.DEVICES ?? 'phone,tablet').split(',');
mkdirSync(outDir, { recursive: true });

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}

/**
 * The screens of trouble: a browser that keeps nothing on the device (private window) and a
 * server that refuses the draft — the person's status line, then the guide's device overview.
 */
async function shootTroubles(device: string, options: BrowserContextOptions, locale: string, endonym: string): Promise<void> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'Object.defineProperty(window, "indexedDB", { value: undefined });' });
  await context.route('**/api/mappings/**', (request) =>
    request.fulfill({ status: 422, contentType: 'application/json', body: '{"error":{"code":"invalid_request","message":"content.aboutYou.birthYear: refused for this screenshot"}}' }),
  );
  const page = await context.newPage();
  await page.goto(server.url);
  await chooseLanguage(page, endonym);
  await page.locator('.letter .button-primary').click();
  await page.locator('.save-status[data-tone="alert"]').waitFor({ timeout: 20_000 });
  await shoot(page, `${device}-${locale}-needs-attention`);
  await page.locator('.app-footer a').click();
  await page.locator('.device-draft[data-state="needs_attention"]').waitFor();
  await shoot(page, `${device}-${locale}-device-troubles`);
  await context.close();
}

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-shots-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
await staffOf(server);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [device, options] of [['phone', phone], ['tablet', tablet]] as const) {
    if (!devices.includes(device)) continue;
    for (const locale of locales) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('.language-option').first().waitFor();
      if (locale === locales[0]) await shoot(page, `${device}-language-choice`);
      const endonym = appLocales.find((option) => option.code === locale)!.endonym;
      await page.getByRole('button', { name: endonym, exact: true }).click();
      await page.locator('.code-login').waitFor();
      await shoot(page, `${device}-${locale}-login-code`);
      await logInWithCode(page, (await codeForPage(server.url)).code);
      await page.locator('.letter').waitFor();
      await page.waitForTimeout(300);
      await shoot(page, `${device}-${locale}-letter`);
      await page.locator('.letter .button-primary').click();
      const walk = { page, onScreen: (name: string) => shoot(page, `${device}-${locale}-${name}`) };
      await walkAboutYou(walk, '1850');
      // The birth year is refused, so the question stays; this shows its error, then corrects it.
      await shoot(page, `${device}-${locale}-birth-year-error`);
      await page.locator('.number-input').fill('1987');
      await page.getByTestId('next').click();
      await walkLists(walk, norwegianWords);
      await walkInterestsAndWishes(walk, norwegianWords);
      await page.locator('.submit-area .button-primary').click();
      await shoot(page, `${device}-${locale}-submit-confirm`);
      await page.locator('.submit-area .button-primary').click();
      await page.locator('.receipt').waitFor();
      await shoot(page, `${device}-${locale}-receipt`);
      await page.locator('.app-footer a').click();
      await page.locator('.device-draft').first().waitFor();
      await shoot(page, `${device}-${locale}-device`);
      await context.close();
      await shootTroubles(device, options, locale, endonym);
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
