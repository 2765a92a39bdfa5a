import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iscoUnitGroupCodes } from '../../src/domain/isco-08';

const namesDir = join(import.meta.dirname, '../../src/code-lists/isco-08');
const nameFiles = ['en', 'nb'].map((language) => {
  const text = readFileSync(join(namesDir, `${language}.json`), 'utf8');
  return {
    language,
    names: JSON.parse(text) as Record<string, string>,
    // Object.keys lists integer-like keys ('1111') before the others ('0110'): read the file's order.
    keysInFileOrder: [...text.matchAll(/^ {2}"(\d+)":/gm)].map((match) => match[1]),
  };
});

describe('ISCO-08 unit groups', () => {
  const codes: readonly string[] = iscoUnitGroupCodes;

  it('has the 436 unit groups, four digits each, sorted and unique', () => {
    expect(codes).toHaveLength(436);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('falls into the 10 major, 43 sub-major and 130 minor groups', () => {
    const prefixes = (length: number) => new Set(codes.map((code) => code.slice(0, length)));
    expect([...prefixes(1)].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(prefixes(2).size).toBe(43);
    expect(prefixes(3).size).toBe(130);
  });

  it.each(nameFiles)('$language.json names exactly these codes, in code order', ({ names, keysInFileOrder }) => {
    expect(Object.keys(names).sort()).toEqual(codes);
    expect(keysInFileOrder).toEqual(codes);
  });

  it.each(nameFiles)('$language.json has a title for every code', ({ names }) => {
    for (const [code, title] of Object.entries(names)) {
      expect(title, code).toMatch(/\S/);
      expect(title, code).toBe(title.trim());
    }
  });
});
