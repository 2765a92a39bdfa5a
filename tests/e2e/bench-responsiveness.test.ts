import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';

// Not measured in npm test (the machine is shared and noisy), but run with tiny sizes, so a
// bench that breaks is noticed before its figures are needed.
describe('benchmarks', () => {
  it('responsiveness runs in Chromium and prints every figure', () => {
    const output = runBench('responsiveness.ts', { SWITCHES: '2', COLD_RUNS: '1' });
    for (const pair of ['nb ↔ ar', 'en ↔ ti']) {
      expect(output).toMatch(new RegExp(`language switch ${pair}, p50 +[\\d.]+ ms`));
      expect(output).toMatch(new RegExp(`language switch ${pair}, p95 +[\\d.]+ ms +budget ≤ 150 ms`));
    }
    for (const screen of ['language screen \\(new person\\)', 'question \\(mid-mapping\\)']) {
      expect(output).toMatch(new RegExp(`cold offline open, ${screen}: painted, p50 +[\\d.]+ ms`));
      expect(output).toMatch(new RegExp(`cold offline open, ${screen}: interactive, p50 +[\\d.]+ ms +budget ≤ 1500 ms`));
      expect(output).toMatch(new RegExp(`cold offline open, ${screen}: interactive, max +[\\d.]+ ms`));
    }
  });
});
