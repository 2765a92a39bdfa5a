import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEntries, emptyMappingContent, mappingContentSchema, type MappingContent } from './mapping';
import { restoreMapping } from './restore-mapping';

const filled: MappingContent = {
  ...emptyMappingContent('fa'),
  aboutYou: { citizenship: 'AF', gender: 'male', birthYear: 1999 },
  languages: [{ ...emptyEntries.languages('l1'), language: 'prs', motherTongue: true, speak: 'very_well' }],
  work: [{ ...emptyEntries.work('w1'), occupation: 'نجار', isco: '7115', years: 6 }],
  activities: { hasDrivingLicence: true, drivingLicenceClasses: ['B'], computerSkills: 'a_little', entries: [] },
  wishes: { goal: 'work', areas: ['building'], text: 'کار' },
};

describe('restoring a mapping read from storage', () => {
  it('returns a valid mapping unchanged', () => {
    expect(restoreMapping(filled)).toEqual(filled);
  });

  it('upgrades a first-version draft (about you only) to all seven parts', () => {
    const v1 = { schemaVersion: 1, language: 'ti', informationLetter: null, aboutYou: { citizenship: 'ER', gender: 'female', birthYear: 1995 } };
    const restored = restoreMapping(v1);
    expect(restored).toEqual({ ...emptyMappingContent('ti'), aboutYou: v1.aboutYou });
    expect(mappingContentSchema.safeParse(restored).success).toBe(true);
    expect(restoreMapping(undefined)).toEqual(emptyMappingContent('nb'));
  });

  it('empties only the answer that no longer fits, and keeps the old value for the guide', () => {
    const restored = restoreMapping({ language: 'xx', aboutYou: { citizenship: 'ZZ', gender: 'male', birthYear: '1990' } }, 'so');
    expect(restored).toEqual({
      ...emptyMappingContent('so'),
      aboutYou: { citizenship: null, gender: 'male', birthYear: null },
      setAside: [
        { path: 'aboutYou.citizenship', value: '"ZZ"' },
        { path: 'aboutYou.birthYear', value: '"1990"' },
      ],
    });
  });

  it('keeps unknown keys and entries that do not fit, instead of dropping them', () => {
    const restored = restoreMapping({
      ...filled,
      pets: ['cat'],
      languages: [{ id: 'l1', language: 'klingon-ish', speak: 'well', dialect: 'Herati' }, 'Arabic'],
    });
    expect(restored.languages).toEqual([{ ...emptyEntries.languages('l1'), speak: 'well' }]);
    expect(restored.setAside).toEqual([
      { path: 'pets', value: '["cat"]' },
      { path: 'languages.0.language', value: '"klingon-ish"' },
      { path: 'languages.0.dialect', value: '"Herati"' },
      { path: 'languages.1', value: '"Arabic"' },
    ]);
  });

  it('keeps a "__proto__" key as data, never as a prototype (found by fast-check)', () => {
    const raw = JSON.parse('{"aboutYou":{"__proto__":{"polluted":true}},"setAside":[{"__proto__":{}}]}');
    const restored = restoreMapping(raw);
    expect(restored.setAside).toEqual([
      { path: 'setAside', value: '{"__proto__":{}}' },
      { path: 'aboutYou.__proto__', value: '{"polluted":true}' },
    ]);
    expect(restoreMapping(restored)).toEqual(restored);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a key too long to be a path inside the value (found by fast-check)', () => {
    const key = 'k'.repeat(300);
    const restored = restoreMapping({ [key]: 1 });
    expect(restored.setAside).toEqual([{ path: 'setAside.longPath', value: JSON.stringify({ path: key, value: 1 }) }]);
    expect(mappingContentSchema.safeParse(restored).success).toBe(true);
  });

  it('keeps a BigInt, also inside an object without a prototype, as its digits (found by the fuzz test)', () => {
    const stored = Object.assign(Object.create(null) as object, { count: 12n });
    const restored = restoreMapping({ ...filled, extra: stored, aboutYou: { ...filled.aboutYou, birthYear: 1999n } });
    expect(restored.setAside).toEqual([
      { path: 'extra', value: '{"count":"12"}' },
      { path: 'aboutYou.birthYear', value: '"1999"' },
    ]);
  });

  it('keeps the beginning of a value too long for a set-aside slot, saying how long it was (found by the fuzz test)', () => {
    const restored = restoreMapping({ ...filled, wishes: { ...filled.wishes, text: `"${'x'.repeat(1024 * 1024)}🙂` } });
    const [kept] = restored.setAside;
    expect(kept!.path).toBe('wishes.text');
    expect(JSON.parse(kept!.value)).toMatch(/^"\\"x+… \(1048582 characters\)$/);
    expect(mappingContentSchema.safeParse(restored).success).toBe(true);
    expect(restoreMapping(restored)).toEqual(restored);
  });

  it('gives entries without a usable id one, and keeps ids unique', () => {
    const restored = restoreMapping({ ...filled, schooling: [{ field: 'Math' }, { id: 'same' }, { id: 'same' }] });
    expect(restored.schooling.map((entry) => entry.id)).toEqual(['restored-0', 'same', 'same-2']);
    expect(restored.schooling[0]!.field).toBe('Math');
  });

  it('sets aside an id it cannot use instead of dropping it (found by the fuzz test)', () => {
    const restored = restoreMapping({ ...filled, work: [{ id: 'x\ud800', occupation: 'Snekker' }] });
    expect(restored.work.map((entry) => [entry.id, entry.occupation])).toEqual([['restored-0', 'Snekker']]);
    expect(restored.setAside).toEqual([{ path: 'work.0.id', value: '"x\\ud800"' }]);
    expect(restoreMapping(restored)).toEqual(restored);
  });

  it('keeps a valid letter confirmation and sets a malformed one aside', () => {
    const informationLetter = { version: 'imdi-2021.1', language: 'ar', confirmedAt: '2026-11-23T10:00:00.000Z' };
    expect(restoreMapping({ ...emptyMappingContent('ar'), informationLetter }).informationLetter).toEqual(informationLetter);
    const malformed = restoreMapping({ ...emptyMappingContent('ar'), informationLetter: { version: 1 } });
    expect(malformed.informationLetter).toBeNull();
    expect(malformed.setAside).toEqual([{ path: 'informationLetter', value: '{"version":1}' }]);
  });

  it('always returns a valid mapping that restores to itself, whatever it is given', () => {
    // Hostile input too: prototype keys, wrong types, deep nesting, huge strings.
    const anything = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
      fc.record({ aboutYou: fc.anything(), languages: fc.array(fc.anything()), __proto__: fc.anything(), activities: fc.anything() }),
      fc.constant(filled),
    );
    fc.assert(
      fc.property(anything, (raw) => {
        const restored = restoreMapping(raw);
        const parsed = mappingContentSchema.safeParse(restored);
        expect(parsed.success).toBe(true);
        // What the API's schema hands on is exactly what the device holds.
        expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(restored));
        expect(restoreMapping(restored)).toEqual(restored);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 2000 },
    );
  });

  it('loses no value: every field of the input is either restored or set aside', () => {
    const raw = { ...filled, aboutYou: { ...filled.aboutYou, gender: 'robot' }, extra: { deep: [1, 2] } };
    const restored = restoreMapping(raw);
    expect(restored.aboutYou.gender).toBeNull();
    expect(restored.setAside).toEqual([
      { path: 'extra', value: '{"deep":[1,2]}' },
      { path: 'aboutYou.gender', value: '"robot"' },
    ]);
  });
});
