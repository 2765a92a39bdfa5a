import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';

// The bench itself takes minutes on Slow 3G; here it runs tiny on a quick line, to show it still works.
describe('benchmarks', () => {
  it('sync-slow-network sends each tablet\'s queue and prints every figure', () => {
    const output = runBench('sync-slow-network.ts', { DRAFTS: '3', PARTICIPANTS: '3', SESSIONS: '3', LATENCY_MS: '100', BYTES_PER_SECOND: '1000000' });
    expect(output).toMatch(/latency 100 ms, 1000000 bytes\/s each way/);
    for (const tablet of ['\\(a\\) guide, one session', '\\(b\\) shared tablet, a session each', '\\(c\\) guide, with session records']) {
      expect(output).toMatch(new RegExp(`${tablet}: every draft on the server +\\d+(\\.\\d)? s`));
      expect(output).toMatch(new RegExp(`${tablet}: the tablet knows all are sent +\\d+(\\.\\d)? s`));
      expect(output).toMatch(new RegExp(`${tablet}: API requests +\\d+ requests`));
      expect(output).toMatch(new RegExp(`${tablet}: bytes up +\\d+(\\.\\d)? KB`));
      expect(output).toMatch(new RegExp(`${tablet}: quickest request +\\d+ ms`));
    }
  });
});
