// Renders public/icon.svg to the PNG icons the web app manifest names, with Debian's
// Chromium. Run after changing the SVG: npm run icons. The PNGs are committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';

const publicDir = join(import.meta.dirname, '../public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');

const icons = [
  { file: 'icon-192.png', size: 192, safeZone: 1 },
  { file: 'icon-512.png', size: 512, safeZone: 1 },
  // Maskable icons may be cropped to a circle: keep the artwork inside the central 80 %.
  { file: 'icon-maskable-512.png', size: 512, safeZone: 0.8 },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = Math.round(icon.size * icon.safeZone);
    await page.setContent(
      `<body style="margin:0;background:#0b5c66;display:grid;place-items:center;height:100vh">
        <div style="width:${inner}px;height:${inner}px">${svg}</div></body>`,
    );
    await page.screenshot({ path: join(publicDir, icon.file), omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`rendered ${icons.map((icon) => icon.file).join(', ')}`);
