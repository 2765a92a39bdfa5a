import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';

// Measured by hand (README), never here; but they must still run, or they report nothing when needed.
describe('server benchmarks', () => {
  it('server-throughput measures sync PUTs beside a bare route and prints every figure', () => {
    const output = runBench('server-throughput.ts', { DURATION: '1', WARMUP: '0', CONNECTIONS: '2', PARTICIPANTS: '5' });
    for (const what of ['sync PUT', 'bare route']) {
      expect(output).toMatch(new RegExp(`${what}, requests per second +\\d+(\\.\\d)? req/s`));
      expect(output).toMatch(new RegExp(`${what}, latency p50 +\\d+(\\.\\d)? ms`));
      expect(output).toMatch(new RegExp(`${what}, latency p99 +\\d+(\\.\\d)? ms`));
      expect(output).toMatch(new RegExp(`${what}, server CPU per request +\\d+(\\.\\d)? µs`));
    }
    expect(output).toMatch(/sync ÷ bare, requests per second +\d+(\.\d)? % +budget ≥ 30 %/);
    expect(output).toMatch(/sync PUT answers other than 2xx +\d+ /);
    expect(output).toMatch(/sync PUT errors and timeouts +\d+ /);
  });

  it('reconnect-storm sends every device’s drafts at once, checks the database and prints every figure', () => {
    const output = runBench('reconnect-storm.ts', { DEVICES: '4', DRAFTS: '3' });
    for (const label of ['PUTs', 'batches']) {
      expect(output).toMatch(new RegExp(`${label}: requests at once +\\d+ `));
      for (const count of ['drafts answered 5xx', 'drafts answered 4xx', 'requests without an answer', 'revisions answered 200 but not stored', 'revisions stored twice', 'revisions stored other than sent', 'mappings whose current copy is not the one sent']) {
        expect(output).toMatch(new RegExp(`${label}: ${count} +\\d+ `));
      }
      expect(output).toMatch(new RegExp(`${label}: answered before the app gives up \\(20 s\\) +\\d+(\\.\\d)? %`));
      for (const latency of ['p50', 'p99', 'max']) expect(output).toMatch(new RegExp(`${label}: latency ${latency} +\\d+(\\.\\d)? ms`));
      expect(output).toMatch(new RegExp(`${label}: all answered after +\\d+(\\.\\d)? s`));
    }
  });
});
