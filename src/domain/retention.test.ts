import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retention';

describe('the retention cutoff', () => {
  it('lies whole calendar years before now, to the millisecond', () => {
    expect(retentionCutoff(new Date('2041-06-30T12:34:56.789Z'), 15).toISOString()).toBe('2026-06-30T12:34:56.789Z');
  });

  it('moves 29 February to 1 March in a year without one', () => {
    expect(retentionCutoff(new Date('2044-02-29T00:00:00.000Z'), 15).toISOString()).toBe('2029-03-01T00:00:00.000Z');
  });

  it('refuses a period that is not a whole number of years, so nothing is deleted by mistake', () => {
    for (const years of [0, -1, 1.5, Number.NaN]) expect(() => retentionCutoff(new Date('2041-01-01T00:00:00.000Z'), years)).toThrow(RangeError);
  });
});
