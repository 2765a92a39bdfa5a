import { describe, expect, it } from 'vitest';
import { emptyMappingContent } from '../domain/mapping';
import { restoreMapping } from './restore';

describe('restoring a mapping read from storage', () => {
  it('returns a valid mapping unchanged', () => {
    const content = { ...emptyMappingContent('fa'), aboutYou: { citizenship: 'AF', gender: 'male', birthYear: 1999 } };
    expect(restoreMapping(content)).toEqual(content);
  });

  it('fills in what is missing, so a partial or older draft still opens', () => {
    expect(restoreMapping({ aboutYou: { gender: 'female' } }, 'ti')).toEqual({
      ...emptyMappingContent('ti'),
      aboutYou: { citizenship: null, gender: 'female', birthYear: null },
    });
    expect(restoreMapping(undefined)).toEqual(emptyMappingContent('nb'));
  });

  it('keeps a valid letter confirmation and drops a malformed one', () => {
    const informationLetter = { version: 'imdi-2021.1', language: 'ar', confirmedAt: '2026-11-23T10:00:00.000Z' };
    expect(restoreMapping({ ...emptyMappingContent('ar'), informationLetter }).informationLetter).toEqual(informationLetter);
    expect(restoreMapping({ ...emptyMappingContent('ar'), informationLetter: { version: 1 } }).informationLetter).toBeNull();
  });

  it('empties only the answer that no longer fits, keeping the rest', () => {
    const restored = restoreMapping({ language: 'xx', aboutYou: { citizenship: 'ZZ', gender: 'male', birthYear: '1990' } }, 'so');
    expect(restored).toEqual({
      ...emptyMappingContent('so'),
      aboutYou: { citizenship: null, gender: 'male', birthYear: null },
    });
  });
});
