import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchCodes } from './code-search';

const occupations = [
  { code: '7115', names: ['Carpenters and joiners', 'Tømrere og snekkere'] },
  { code: '2341', names: ['Primary school teachers', 'Grunnskolelærere'] },
  { code: '5120', names: ['Cooks', 'Kokker'] },
  { code: '9999', names: ['نجار', 'Snekker'] },
];

describe('searching a code list', () => {
  it('finds by the start of any word, in either name, best match first', () => {
    expect(searchCodes(occupations, 'snek', 10)).toEqual(['9999', '7115']);
    expect(searchCodes(occupations, 'teach', 10)).toEqual(['2341']);
    expect(searchCodes(occupations, 'school prim', 10)).toEqual(['2341']);
    expect(searchCodes(occupations, 'KOK', 10)).toEqual(['5120']);
  });

  it('ignores accents, Arabic diacritics and letter variants', () => {
    expect(normalizeForSearch('Tømrere')).toBe('tømrere');
    expect(normalizeForSearch('Écôle')).toBe('ecole');
    expect(searchCodes(occupations, 'نَجّار', 10)).toEqual(['9999']);
    expect(normalizeForSearch('علي')).toBe(normalizeForSearch('علی'));
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(searchCodes(occupations, '   ', 10)).toEqual([]);
    expect(searchCodes(occupations, 'c', 1)).toEqual(['7115']);
  });
});
