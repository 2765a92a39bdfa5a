import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';

// The growth bench at a toy size on embedded PGlite (no PostgreSQL needed): every figure and
// the plans of the requests it measures must print. Budgets are for the real run (README).
describe('growth bench', () => {
  it('fills, measures and explains at one small size', () => {
    const output = runBench('growth.ts', { SIZES: '200', SYNCS: '3', READS: '2' });
    for (const figure of ['filling +[\\d.]+ s', 'sync p50 +[\\d.]+ ms', 'sync p95 +[\\d.]+ ms', 'list first page +[\\d.]+ ms', 'list deep page +[\\d.]+ ms', 'person page +[\\d.]+ ms', 'database size +[\\d.]+ MB', 'mapping_revisions +[\\d.]+ MB', 'audit_events +[\\d.]+ MB']) {
      expect(output).toMatch(new RegExp(`200: ${figure}`));
    }
    for (const request of ['sync', 'list', 'person page']) expect(output).toMatch(new RegExp(`200: ${request} reads by index +[01] `));
    for (const request of ['sync', 'list first page', 'list deep page', 'person page']) {
      expect(output).toMatch(new RegExp(`EXPLAIN ${request}: select \\w+.* — top \\w+.*; [\\d.]+ ms, buffers \\d+ hit \\d+ read`));
    }
    expect(output).toMatch(/EXPLAIN sync: .* — top Insert on mapping_revisions;/);
  });
});
