import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

// The scores are not judged here (the machine is shared and noisy): the bench must still run.
describe('benchmarks', () => {
  it('lighthouse runs on the language screen and prints its scores and installability', () => {
    const output = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench/lighthouse.ts')], {
      encoding: 'utf8',
      env: { ...process.env, LIGHTHOUSE_PAGES: 'language', LIGHTHOUSE_RUNS: '1' },
    });
    for (const category of ['performance', 'accessibility', 'best-practices']) {
      expect(output).toMatch(new RegExp(`language screen \\(fresh device\\): ${category} +\\d+ points +budget`));
    }
    expect(output).toMatch(/language screen \(fresh device\): installability errors +\d+ errors +budget ≤ 0 errors/);
    expect(output).toMatch(/language screen \(fresh device\): largest contentful paint +\d+ ms/);
  });
});
