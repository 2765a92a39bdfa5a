import { describe, expect, it } from 'vitest';
import { parseYearInput, toLatinDigits } from './digits';

describe('digits as typed', () => {
  it('reads Arabic-Indic and Persian digits as the same numbers', () => {
    expect(toLatinDigits('١٩٩٠')).toBe('1990');
    expect(toLatinDigits('۱۹۸۵')).toBe('1985');
    expect(parseYearInput('۲۰۰۱')).toBe(2001);
  });

  it('ignores anything that is not a digit and keeps at most four', () => {
    expect(parseYearInput('19a9-0')).toBe(1990);
    expect(parseYearInput('199012')).toBe(1990);
    expect(parseYearInput('')).toBeNull();
    expect(parseYearInput('abc')).toBeNull();
  });
});
