import { describe, expect, it } from 'vitest';
import { numericWhen } from './use-when';

describe('dates where the browser has no names for the language', () => {
  it('are plain numbers: day.month.year and a 24-hour clock, in local time', () => {
    const local = new Date(2026, 10, 3, 14, 5).toISOString();
    expect(numericWhen.date(local)).toBe('03.11.2026');
    expect(numericWhen.time(local)).toBe('14:05');
  });
});
