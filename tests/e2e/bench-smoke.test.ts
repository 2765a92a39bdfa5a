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
});
