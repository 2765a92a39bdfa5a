import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLoginCode,
  formatLoginCode,
  loginCodeDataSymbols,
  loginCodeEntropyBits,
  loginCodeLength,
  loginCodeSchema,
  makeLoginCode,
  normalizeLoginCode,
} from './login-code';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Seeded, so a failure can be replayed; src/domain forbids Math.random anyway. */
function seededBytes(seed: number): (count: number) => Uint8Array {
  let state = seed >>> 0;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return (state ^ (state >>> 13)) & 0xff;
    });
}

function sampleCodes(count: number, seed: number): string[] {
  const random = seededBytes(seed);
  return Array.from({ length: count }, () => makeLoginCode(random(loginCodeDataSymbols)));
}

function replaceAt(code: string, position: number, symbol: string): string {
  return code.slice(0, position) + symbol + code.slice(position + 1);
}

const dataBytes = fc.uint8Array({ minLength: loginCodeDataSymbols, maxLength: loginCodeDataSymbols });

describe('making a login code', () => {
  it('has 10 data symbols of 5 bits and 2 check symbols', () => {
    expect([loginCodeDataSymbols, loginCodeLength, loginCodeEntropyBits]).toEqual([10, 12, 50]);
  });

  it('gives codes that are accepted, and survive being shown grouped and typed back', () => {
    fc.assert(
      fc.property(dataBytes, (bytes) => {
        const code = makeLoginCode(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
        expect(checkLoginCode(code)).toEqual({ ok: true, code });
        expect(formatLoginCode(code)).toMatch(/^.{4}-.{4}-.{4}$/);
        expect(normalizeLoginCode(formatLoginCode(code))).toBe(code);
        expect(checkLoginCode(formatLoginCode(code).toLowerCase())).toEqual({ ok: true, code });
      }),
    );
  });

  it('keeps issuing the same code for the same bytes, so codes already handed out stay valid', () => {
    expect(makeLoginCode(new Uint8Array(10))).toBe('000000000000');
    expect(makeLoginCode(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))).toBe('123456789AJS');
  });

  it('refuses fewer than 10 random bytes rather than making a guessable code', () => {
    expect(() => makeLoginCode(new Uint8Array(9))).toThrow(RangeError);
  });

  it('uses all 50 random bits: flipping any of the low 5 bits of the first 10 bytes changes the code', () => {
    const bytes = seededBytes(7)(loginCodeDataSymbols + 2);
    const code = makeLoginCode(bytes);
    for (let byte = 0; byte < loginCodeDataSymbols; byte++) {
      for (let bit = 0; bit < 5; bit++) {
        const flipped = bytes.slice();
        flipped[byte]! ^= 1 << bit;
        expect(makeLoginCode(flipped)).not.toBe(code);
      }
      const highFlipped = bytes.slice();
      highFlipped[byte]! ^= 0b11100000;
      expect(makeLoginCode(highFlipped)).toBe(code);
    }
    const extraFlipped = bytes.slice();
    extraFlipped[loginCodeDataSymbols]! ^= 0xff;
    expect(makeLoginCode(extraFlipped)).toBe(code);
  });

  it('gives different codes for different data parts', () => {
    fc.assert(
      fc.property(dataBytes, dataBytes, (a, b) => {
        const dataA = Array.from(a, (byte) => byte & 31);
        const dataB = Array.from(b, (byte) => byte & 31);
        fc.pre(dataA.join() !== dataB.join());
        expect(makeLoginCode(a)).not.toBe(makeLoginCode(b));
      }),
    );
  });
});

describe('catching typos on the device', () => {
  const codes = sampleCodes(200, 1);

  it('catches every wrong symbol at every position', () => {
    for (const code of codes) {
      for (let position = 0; position < loginCodeLength; position++) {
        for (const symbol of alphabet) {
          if (symbol === code[position]) continue;
          expect(checkLoginCode(replaceAt(code, position, symbol))).toEqual({ ok: false, problem: 'typo' });
        }
      }
    }
  });

  it('catches every swap of two different symbols, neighbours or not, check symbols included', () => {
    let adjacentSwaps = 0;
    for (const code of codes) {
      for (let i = 0; i < loginCodeLength; i++) {
        for (let j = i + 1; j < loginCodeLength; j++) {
          if (code[i] === code[j]) continue;
          const swapped = replaceAt(replaceAt(code, i, code[j]!), j, code[i]!);
          expect(checkLoginCode(swapped)).toEqual({ ok: false, problem: 'typo' });
          if (j === i + 1) adjacentSwaps++;
        }
      }
    }
    expect(adjacentSwaps).toBeGreaterThan(2000);
  });

  it('lets through fewer than 1% of random double substitutions', () => {
    const random = seededBytes(2);
    const samples = 20_000;
    let undetected = 0;
    for (const code of sampleCodes(samples, 3)) {
      const [p, q, s, t] = random(4);
      const first = p! % loginCodeLength;
      const second = (first + 1 + (q! % (loginCodeLength - 1))) % loginCodeLength;
      let typed = replaceAt(code, first, alphabet[(alphabet.indexOf(code[first]!) + 1 + (s! % 31)) % 32]!);
      typed = replaceAt(typed, second, alphabet[(alphabet.indexOf(code[second]!) + 1 + (t! % 31)) % 32]!);
      if (checkLoginCode(typed).ok) undetected++;
    }
    expect(undetected / samples).toBeLessThan(0.01);
  });
});

describe('reading what a person typed', () => {
  const code = sampleCodes(1, 4)[0]!;

  it('accepts lowercase, spaces, dashes, dots and underscores', () => {
    const grouped = formatLoginCode(code).toLowerCase();
    expect(normalizeLoginCode(` ${grouped.replace('-', ' ')} `)).toBe(code);
    expect(normalizeLoginCode(`${code.slice(0, 4)}.${code.slice(4, 8)}_${code.slice(8)}`)).toBe(code);
    expect(normalizeLoginCode(`${code.slice(0, 4)}–${code.slice(4, 8)}—${code.slice(8)}`)).toBe(code);
  });

  it('reads O as 0 and I or L as 1, as Crockford intends', () => {
    expect(normalizeLoginCode('OoIiLl')).toBe('001111');
  });

  it('reads Arabic-Indic, Persian and full-width characters as their Latin equivalents', () => {
    expect(normalizeLoginCode('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeLoginCode('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeLoginCode('０９ＡＺａｚ')).toBe('09AZAZ');
    const typed = Array.from(code, (c) => (/\d/.test(c) ? String.fromCharCode(0x0660 + Number(c)) : c)).join('');
    expect(checkLoginCode(typed)).toEqual({ ok: true, code });
  });

  it('says what is wrong: empty, too short, too long, a foreign symbol', () => {
    expect(checkLoginCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkLoginCode(' - ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkLoginCode(code.slice(0, 11))).toEqual({ ok: false, problem: 'too_short' });
    expect(checkLoginCode(`${code}0`)).toEqual({ ok: false, problem: 'too_long' });
    expect(checkLoginCode(replaceAt(code, 5, 'U'))).toEqual({ ok: false, problem: 'not_a_code_symbol' });
    expect(checkLoginCode(replaceAt(code, 5, 'u'))).toEqual({ ok: false, problem: 'not_a_code_symbol' });
    expect(checkLoginCode(`${code.slice(0, 11)}ß`)).toEqual({ ok: false, problem: 'not_a_code_symbol' });
    expect(checkLoginCode(`${code}#`)).toEqual({ ok: false, problem: 'not_a_code_symbol' });
  });

  it('formats a partly typed code in groups of four as well', () => {
    expect(formatLoginCode('ABCDEF')).toBe('ABCD-EF');
    expect(formatLoginCode('')).toBe('');
  });
});

describe('login code schema for the API', () => {
  it('turns a typed code into the canonical code', () => {
    const code = sampleCodes(1, 5)[0]!;
    expect(loginCodeSchema.parse(formatLoginCode(code).toLowerCase())).toBe(code);
  });

  it('fails with a clear message and the problem', () => {
    const code = sampleCodes(1, 6)[0]!;
    const result = loginCodeSchema.safeParse(replaceAt(code, 0, code[0] === '0' ? '1' : '0'));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({
      message: expect.stringMatching(/typo/),
      params: { problem: 'typo' },
    });
    expect(loginCodeSchema.safeParse(42).success).toBe(false);
  });

  it('refuses a text far longer than any code before reading it', () => {
    const code = sampleCodes(1, 7)[0]!;
    expect(loginCodeSchema.safeParse(` ${formatLoginCode(code)} `.padEnd(64, ' ')).success).toBe(true);
    expect(loginCodeSchema.safeParse('-'.repeat(65) + code).error?.issues[0]).toMatchObject({ code: 'too_big' });
  });
});
