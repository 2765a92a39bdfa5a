import { describe, expect, it } from 'vitest';
import { birthYearProblem, emptyMappingContent, mappingContentSchema } from './mapping';
import { mappingContentV1Schema } from './mapping-v1';

describe('mapping content schema', () => {
  it('accepts an empty draft in any app language', () => {
    expect(mappingContentSchema.safeParse(emptyMappingContent('ckb')).success).toBe(true);
  });

  it('accepts a filled "about you" part, stateless included', () => {
    const content = { ...emptyMappingContent('ar'), aboutYou: { citizenship: 'stateless', gender: 'female', birthYear: 1987 } };
    expect(mappingContentSchema.parse(content)).toEqual(content);
  });

  it('refuses an unknown country, gender or language, and keys it does not know', () => {
    const base = emptyMappingContent('nb');
    expect(mappingContentSchema.safeParse({ ...base, aboutYou: { ...base.aboutYou, citizenship: 'XX' } }).success).toBe(false);
    expect(mappingContentSchema.safeParse({ ...base, aboutYou: { ...base.aboutYou, gender: 'f' } }).success).toBe(false);
    expect(mappingContentSchema.safeParse({ ...base, language: 'de' }).success).toBe(false);
    expect(mappingContentSchema.safeParse({ ...base, extra: true }).success).toBe(false);
  });

  it('accepts a first-version draft from before the information letter, as not yet confirmed', () => {
    const older = { schemaVersion: 1, language: 'fa', aboutYou: { citizenship: 'AF', gender: null, birthYear: null } };
    expect(mappingContentV1Schema.parse(older).informationLetter).toBeNull();
  });

  it('keeps the letter confirmation: version, language and time', () => {
    const informationLetter = { version: 'imdi-2021.1', language: 'ti', confirmedAt: '2026-11-23T10:00:00.000Z' };
    const content = { ...emptyMappingContent('ti'), informationLetter };
    expect(mappingContentSchema.parse(content).informationLetter).toEqual(informationLetter);
    expect(mappingContentSchema.safeParse({ ...content, informationLetter: { ...informationLetter, confirmedAt: 'yesterday' } }).success).toBe(false);
  });

  it('refuses a birth year that is not a whole number', () => {
    const base = emptyMappingContent('nb');
    expect(mappingContentSchema.safeParse({ ...base, aboutYou: { ...base.aboutYou, birthYear: 1990.5 } }).success).toBe(false);
    expect(mappingContentSchema.safeParse({ ...base, aboutYou: { ...base.aboutYou, birthYear: '1990' } }).success).toBe(false);
  });
});

describe('birth year rule', () => {
  it('accepts no answer and any year from 1900 to this year', () => {
    expect(birthYearProblem(null, 2026)).toBeNull();
    expect(birthYearProblem(1900, 2026)).toBeNull();
    expect(birthYearProblem(2026, 2026)).toBeNull();
  });

  it('says when a year is too early or in the future', () => {
    expect(birthYearProblem(19, 2026)).toBe('too_early');
    expect(birthYearProblem(1899, 2026)).toBe('too_early');
    expect(birthYearProblem(2027, 2026)).toBe('in_future');
  });
});
