import { describe, expect, it } from 'vitest';
import { checkDufNumber, dufNumberSchema, formatDufNumber, normalizeDufNumber } from './duf-number';

describe('DUF number as typed', () => {
  it('accepts the number in groups with spaces, dashes or dots', () => {
    expect(normalizeDufNumber('2024 1234 5678')).toBe('202412345678');
    expect(normalizeDufNumber(' 2024-1234-5678 ')).toBe('202412345678');
    expect(normalizeDufNumber('2024.1234.5678')).toBe('202412345678');
    expect(normalizeDufNumber('2024–1234\u00a05678')).toBe('202412345678');
    expect(checkDufNumber('2024 1234 5678')).toEqual({ ok: true, dufNumber: '202412345678' });
  });

  it('reads Arabic-Indic and Persian digits', () => {
    expect(normalizeDufNumber('٢٠٢٤ ١٢٣٤ ٥٦٧٨')).toBe('202412345678');
    expect(checkDufNumber('۲۰۱۹-۰۰۰۰-۰۰۰۱')).toEqual({ ok: true, dufNumber: '201900000001' });
  });

  it('says what is wrong', () => {
    expect(checkDufNumber('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkDufNumber(' - ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkDufNumber('2024 1234 567A')).toEqual({ ok: false, problem: 'not_digits' });
    expect(checkDufNumber('2024/1234/5678')).toEqual({ ok: false, problem: 'not_digits' });
    expect(checkDufNumber('2024 1234 567')).toEqual({ ok: false, problem: 'wrong_length' });
    expect(checkDufNumber('2024 1234 56789')).toEqual({ ok: false, problem: 'wrong_length' });
    expect(checkDufNumber('1979 1234 5678')).toEqual({ ok: false, problem: 'implausible_year' });
    expect(checkDufNumber('2100 1234 5678')).toEqual({ ok: false, problem: 'implausible_year' });
  });

  it('accepts the first and last plausible years', () => {
    expect(checkDufNumber('198000000000').ok).toBe(true);
    expect(checkDufNumber('209999999999').ok).toBe(true);
  });

  it('shows the number in groups of four', () => {
    expect(formatDufNumber('202412345678')).toBe('2024 1234 5678');
  });
});

describe('DUF number schema for the API', () => {
  it('turns a typed number into 12 digits', () => {
    expect(dufNumberSchema.parse('٢٠٢٤-1234-5678')).toBe('202412345678');
  });

  it('fails with a clear message and the problem', () => {
    const result = dufNumberSchema.safeParse('1850 1234 5678');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      message: expect.stringMatching(/year/),
      params: { problem: 'implausible_year' },
    });
  });
});
