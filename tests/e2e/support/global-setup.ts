import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium';

export default function setup(): void {
  ensureChromium();
  const built = join(import.meta.dirname, '../../../dist/index.html');
  if (!existsSync(built)) throw new Error('The end-to-end tests run against the built app: run npm run build first');
  // The benchmarks' smoke runs keep their tiny figures apart from a real run's (reports/bench).
  process.env.BENCH_REPORT_DIR ??= mkdtempSync(join(tmpdir(), 'kompass-bench-smoke-'));
}
