// Screenshots of every screen, phone and tablet, in a left-to-right and right-to-left
// language, for a person to look at: npm run build && npm run screenshots → reports/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { phone, tablet } from '../tests/e2e/support/pages';

const outDir = join(import.meta.dirname, '../reports/screenshots');
const locales = (process.env.LOCALES ?? 'nb,ar,ckb,ti').split(',');
mkdirSync(outDir, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-shots-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [device, options] of [['phone', phone], ['tablet', tablet]] as const) {
    for (const locale of locales) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('.language-switch select').selectOption(locale);
      await page.waitForFunction((code) => document.documentElement.lang === code, locale);
      await page.locator('select').nth(1).selectOption('SY');
      await page.locator('input[type=radio]').first().check();
      await page.locator('input.year-input').pressSequentially('1850');
      await page.locator('input.year-input').blur();
      await page.waitForTimeout(300);
      const path = join(outDir, `${device}-${locale}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
