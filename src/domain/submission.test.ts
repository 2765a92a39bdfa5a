import { describe, expect, it } from 'vitest';
import { emptyEntries, emptyMappingContent, type MappingContent } from './mapping';
import { missingAnswers, submitMapping } from './submission';

const now = new Date('2026-11-23T12:00:00.000Z');

function answered(): MappingContent {
  return {
    ...emptyMappingContent('ar'),
    aboutYou: { citizenship: 'unknown', gender: 'other', birthYear: 1990 },
    languages: [{ ...emptyEntries.languages('l1'), language: 'ar' }],
  };
}

describe('what must be answered before submitting', () => {
  it('is citizenship, gender, a sensible birth year and at least one language', () => {
    expect(missingAnswers(emptyMappingContent('nb'), 2026)).toEqual([
      'aboutYou.citizenship',
      'aboutYou.gender',
      'aboutYou.birthYear',
      'languages.list',
    ]);
    expect(missingAnswers(answered(), 2026)).toEqual([]);
  });

  it('does not count a language entry without a language, or a birth year out of range', () => {
    const content = answered();
    expect(missingAnswers({ ...content, languages: [emptyEntries.languages('x')] }, 2026)).toEqual(['languages.list']);
    expect(missingAnswers({ ...content, aboutYou: { ...content.aboutYou, birthYear: 2030 } }, 2026)).toEqual(['aboutYou.birthYear']);
  });
});

describe('submitting', () => {
  it('stamps the time once and keeps it', () => {
    const result = submitMapping(answered(), now);
    expect(result).toEqual({ ok: true, content: { ...answered(), submittedAt: '2026-11-23T12:00:00.000Z' } });
    const again = submitMapping(result.ok ? result.content : answered(), new Date('2027-01-01T00:00:00.000Z'));
    expect(again.ok && again.content.submittedAt).toBe('2026-11-23T12:00:00.000Z');
  });

  it('refuses with the list of missing answers', () => {
    expect(submitMapping(emptyMappingContent('nb'), now)).toEqual({
      ok: false,
      missing: ['aboutYou.citizenship', 'aboutYou.gender', 'aboutYou.birthYear', 'languages.list'],
    });
  });
});
