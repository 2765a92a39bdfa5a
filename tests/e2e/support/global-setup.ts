import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium';

export default function setup(): void {
  ensureChromium();
  const built = join(import.meta.dirname, '../../../dist/index.html');
  if (!existsSync(built)) throw new Error('The end-to-end tests run against the built app: run npm run build first');
}
