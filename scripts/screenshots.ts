// Screenshots of every screen, phone and tablet, in left-to-right and right-to-left
// languages, for a person to look at: npm run build && npm run screenshots → reports/screenshots/.
// LOCALES=nb,ar picks languages (default nb,ar,ckb,ti).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { appLocales } from '../src/domain/app-locales';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { phone, tablet } from '../tests/e2e/support/pages';

const outDir = join(import.meta.dirname, '../reports/screenshots');
const locales = (process.env.LOCALES ?? 'nb,ar,ckb,ti').split(',');
mkdirSync(outDir, { recursive: true });

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path });
  console.log(path);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-shots-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [device, options] of [['phone', phone], ['tablet', tablet]] as const) {
    for (const locale of locales) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('.language-option').first().waitFor();
      if (locale === locales[0]) await shoot(page, `${device}-language-choice`);
      const endonym = appLocales.find((option) => option.code === locale)!.endonym;
      await page.getByRole('button', { name: endonym, exact: true }).click();
      await page.locator('.letter').waitFor();
      await page.waitForTimeout(300);
      await shoot(page, `${device}-${locale}-letter`);
      await page.locator('.letter .button-primary').click();
      await page.locator('#about-you-title').waitFor();
      await page.locator('select').nth(1).selectOption('SY');
      await page.locator('input[type=radio][name=gender]').first().check();
      await page.locator('input.year-input').pressSequentially('1850');
      await page.locator('input.year-input').blur();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `${device}-${locale}-about-you.png`), fullPage: true });
      console.log(join(outDir, `${device}-${locale}-about-you.png`));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
