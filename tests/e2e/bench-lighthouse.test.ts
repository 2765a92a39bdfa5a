import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';

// The scores are not judged here (the machine is shared and noisy): the bench must still run.
describe('benchmarks', () => {
  it('lighthouse runs on the language screen and prints its scores and installability', () => {
    const output = runBench('lighthouse.ts', { LIGHTHOUSE_PAGES: 'language', LIGHTHOUSE_RUNS: '1' });
    for (const category of ['performance', 'accessibility', 'best-practices']) {
      expect(output).toMatch(new RegExp(`language screen \\(fresh device\\): ${category} +\\d+ points +budget`));
    }
    expect(output).toMatch(/language screen \(fresh device\): installability errors +\d+ errors +budget ≤ 0 errors/);
    expect(output).toMatch(/language screen \(fresh device\): largest contentful paint +\d+ ms/);
  });
});
