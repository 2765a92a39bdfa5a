import { describe, expect, it } from 'vitest';
import { browserWritesDatesIn, numericWhen } from './use-when';

describe('dates where the browser has no names for the language', () => {
  it('are plain numbers: day.month.year and a 24-hour clock, in local time', () => {
    const local = new Date(2026, 10, 3, 14, 5).toISOString();
    expect(numericWhen.date(local)).toBe('03.11.2026');
    expect(numericWhen.time(local)).toBe('14:05');
  });
});

describe('whether the browser writes dates in a language', () => {
  it('is yes for a language it has names for, and no where it would fall back to another', () => {
    expect(browserWritesDatesIn('nb')).toBe(true);
    expect(browserWritesDatesIn('ar')).toBe(true);
    expect(browserWritesDatesIn('zxx')).toBe(false);
  });
});
