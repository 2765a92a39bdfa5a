import { describe, expect, it } from 'vitest';
import { parseWholeNumber, toLatinDigits } from './digits';

describe('digits as typed', () => {
  it('reads Arabic-Indic and Persian digits as the same numbers', () => {
    expect(toLatinDigits('١٩٩٠')).toBe('1990');
    expect(toLatinDigits('۱۹۸۵')).toBe('1985');
    expect(parseWholeNumber('۲۰۰۱', 4)).toBe(2001);
  });

  it('ignores anything that is not a digit and keeps at most the digits asked for', () => {
    expect(parseWholeNumber('19a9-0', 4)).toBe(1990);
    expect(parseWholeNumber('199012', 4)).toBe(1990);
    expect(parseWholeNumber('', 4)).toBeNull();
    expect(parseWholeNumber('abc', 2)).toBeNull();
  });
});
