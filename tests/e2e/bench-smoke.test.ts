import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

// Benchmarks are not measured in npm test (the machine is shared and noisy), but they must
// still run: a bench that breaks unnoticed reports nothing when it is needed.
describe('benchmarks', () => {
  it('bundle-size runs against the built app and prints every figure', () => {
    const output = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/bundle-size.ts')], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/first screen .*gzip: +\d+\.\d KB/);
    expect(output).toMatch(/whole precache, gzip: +\d+\.\d KB/);
    expect(output).toMatch(/Ethiopic +\d+\.\d KB/);
    expect(output).toMatch(/fr +\d+ clips +\d+\.\d KB/);
  });

  it('autosave runs in Chromium and prints its figures', () => {
    const output = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/autosave.ts')], {
      encoding: 'utf8',
      env: { ...process.env, KEYSTROKES: '5', LEAVES: '2' },
    });
    expect(output).toMatch(/p50 +\d+\.\d ms +p95 +\d+\.\d ms +max +\d+\.\d ms/);
    expect(output).toMatch(/pagehide\): 2 tries, \d+ lost/);
  });
});
