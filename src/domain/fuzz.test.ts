import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { parseWholeNumber } from './digits';
import { draftExportFile } from './draft-export';
import { checkDufNumber, dufNumberSchema, formatDufNumber } from './duf-number';
import {
  changedValue,
  fieldChanges,
  filledMapping,
  hostileString,
  hostileTexts,
  hostileValue,
  prototypePolluted,
  wholeChanges,
} from './hostile-input';
import { checkLoginCode, formatLoginCode, loginCodeSchema, normalizeLoginCode } from './login-code';
import { mappingContentSchema, setAsideLimit, setAsideValueLimit, textLimits, type MappingContent } from './mapping';
import { mappingSteps, restorePosition } from './mapping-flow';
import { mergeMappings } from './merge-mapping';
import { restoreMapping } from './restore-mapping';
import { parseRetryAfter } from './sync-policy';
import { isWholeText } from './text';

/**
 * Everything that reads what a device, its storage or a person hands over, fed hostile input:
 * it never throws where its contract does not say so, what it returns passes its schema, and
 * no "__proto__" reaches Object.prototype. FUZZ_RUNS=<n> and FUZZ_SEED=<s> as for the API.
 */
const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
const runs = { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 200) };
/** A megabyte string takes a tenth of a second through a login code's checks, more on a busy machine. */
const timeout = Math.max(30_000, runs.numRuns * 200);
console.log(`domain fuzz: seed ${seed}, ${runs.numRuns} runs per property (FUZZ_SEED=${seed} repeats this run)`);

const anyChange = fc.oneof(...fieldChanges, ...wholeChanges);
const anyInput = fc.oneof(
  anyChange.map((change) => changedValue(filledMapping(), change)),
  hostileValue,
  // What IndexedDB can hold beyond JSON: objects without a prototype, BigInts.
  fc.anything({ withNullPrototype: true, withBigInt: true }),
);

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** Kept: as an answer, or inside a set-aside value's JSON text. */
function keeps(content: MappingContent, text: string): boolean {
  const escaped = JSON.stringify(text).slice(1, -1);
  return stringsIn({ ...content, setAside: [] }).includes(text) || content.setAside.some((item) => item.path.includes(text) || item.value.includes(text) || item.value.includes(escaped));
}

describe('restoreMapping, fed hostile drafts', () => {
  it('returns a mapping that passes its schema, restores to itself, and pollutes nothing', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const restored = restoreMapping(raw);
        expect(mappingContentSchema.safeParse(restored).error).toBeUndefined();
        expect(restoreMapping(restored)).toEqual(restored);
        expect(prototypePolluted()).toBe(false);
      }),
      runs,
    );
  }, timeout);

  it('keeps a hostile text put in any place, as an answer or set aside', () => {
    // A text longer than a set-aside slot keeps only its beginning (see toJsonText).
    const fits = hostileString.filter((text) => text.length < setAsideValueLimit / 4);
    fc.assert(
      fc.property(fc.nat(), fits, (at, text) => {
        // Where the answers are: the schema version and language say how to read them, and are not kept.
        const { schemaVersion, language, ...answers } = filledMapping();
        const changed = changedValue(answers, { kind: 'value', at, value: text }) as object;
        const restored = restoreMapping({ schemaVersion, language, ...changed });
        expect(keeps(restored, text)).toBe(true);
      }),
      runs,
    );
  }, timeout);
});

/** A mapping that passes the schema, with hostile text in every free-text answer, entry id and set-aside value. */
const storable = hostileTexts.filter((text) => isWholeText(text) && text.length <= textLimits.short);
const hostileMapping: fc.Arbitrary<MappingContent> = fc
  .record({
    texts: fc.array(fc.constantFrom(...storable), { minLength: 8, maxLength: 8 }),
    ids: fc.uniqueArray(fc.constantFrom(...storable.filter((text) => text.length > 0), 'a1', 'w1'), { minLength: 4, maxLength: 4 }),
    setAside: fc.array(fc.record({ path: fc.constantFrom(...storable), value: fc.constantFrom(...storable) }), { maxLength: 4 }),
    birthYear: fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }),
  })
  .map(({ texts, ids, setAside, birthYear }) => {
    const content = filledMapping();
    const [field, occupation, tasks, description, other, wish] = texts as [string, string, string, string, string, string];
    return mappingContentSchema.parse({
      ...content,
      aboutYou: { ...content.aboutYou, birthYear },
      languages: content.languages.map((entry) => ({ ...entry, id: ids[0] })),
      schooling: content.schooling.map((entry) => ({ ...entry, id: ids[1], field })),
      work: content.work.map((entry) => ({ ...entry, id: ids[2], occupation, tasks })),
      activities: { ...content.activities, entries: content.activities.entries.map((entry) => ({ ...entry, id: ids[3], description })) },
      interests: { ...content.interests, other },
      wishes: { ...content.wishes, text: wish },
      setAside,
    });
  });

describe('mergeMappings, fed mappings full of hostile text', () => {
  it('gives a mapping that passes its schema, loses nothing either side wrote, and pollutes nothing', () => {
    fc.assert(
      fc.property(fc.option(hostileMapping, { nil: null }), hostileMapping, hostileMapping, (base, local, remote) => {
        const { content } = mergeMappings(base, local, remote);
        expect(mappingContentSchema.safeParse(content).error).toBeUndefined();
        const before = new Set(base ? stringsIn(base) : []);
        const written = [...stringsIn(local), ...stringsIn(remote)].filter((text) => !before.has(text));
        expect(written.filter((text) => !keeps(content, text))).toEqual([]);
        expect(prototypePolluted()).toBe(false);
      }),
      runs,
    );
  }, timeout);

  it("gives a copy's own answers when both sides hold that copy", () => {
    fc.assert(
      fc.property(fc.option(hostileMapping, { nil: null }), hostileMapping, (base, copy) => {
        expect(canonicalJson(mergeMappings(base, copy, copy).content)).toBe(canonicalJson(copy));
      }),
      runs,
    );
  }, timeout);

  it('keeps within the schema when both sides set aside as much as a mapping holds', () => {
    const full = (side: string): MappingContent => ({
      ...filledMapping(),
      setAside: Array.from({ length: setAsideLimit }, (_, index) => ({ path: `${side}.${index}`, value: JSON.stringify('x'.repeat(2000)) })),
    });
    const { content } = mergeMappings(null, full('here'), full('there'));
    expect(mappingContentSchema.safeParse(content).error).toBeUndefined();
  });
});

describe('canonicalJson, fed hostile values', () => {
  it('writes the same JSON whatever the key order, own "__proto__" keys included, and pollutes nothing', () => {
    const parsedTexts = anyChange.map((change) => changedValue(filledMapping(), change));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), parsedTexts), (value) => {
        // Its contract is JSON.stringify's, which has no room for a 100 000-deep array (or undefined).
        if (!stringifies(value)) return;
        const text = canonicalJson(value);
        const reversed = JSON.parse(JSON.stringify(value), (_, item: unknown) =>
          item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).reverse()) : item,
        );
        expect(canonicalJson(reversed)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(prototypePolluted()).toBe(false);
      }),
      runs,
    );
  }, timeout);
});

function stringifies(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
}

const typed = fc.oneof(hostileString, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('what a person types as a login code or a DUF number', () => {
  it('a login code: never throws; a code it accepts is 12 code symbols that check again', () => {
    fc.assert(
      fc.property(typed, fc.anything(), (text, anything) => {
        expect(normalizeLoginCode(normalizeLoginCode(text))).toBe(normalizeLoginCode(text));
        const checked = checkLoginCode(text);
        if (checked.ok) {
          expect(checked.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
          expect(checkLoginCode(formatLoginCode(checked.code))).toEqual(checked);
        }
        if (typeof anything !== 'string') expect(loginCodeSchema.safeParse(anything).success).toBe(false);
      }),
      runs,
    );
  }, timeout);

  it('a DUF number: never throws; a number it accepts is 12 digits from a plausible year', () => {
    fc.assert(
      fc.property(typed, fc.anything(), (text, anything) => {
        const checked = checkDufNumber(text);
        if (checked.ok) {
          expect(checked.dufNumber).toMatch(/^(19[89]\d|20\d\d)\d{8}$/);
          expect(checkDufNumber(formatDufNumber(checked.dufNumber))).toEqual(checked);
        }
        if (typeof anything !== 'string') expect(dufNumberSchema.safeParse(anything).success).toBe(false);
      }),
      runs,
    );
  }, timeout);

  it('a whole number or a Retry-After header: null or a number that is one', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: 6 }), (text, digits) => {
        const number = parseWholeNumber(text, digits);
        if (number !== null) expect(Number.isInteger(number) && number >= 0 && number < 10 ** digits).toBe(true);
        const wait = parseRetryAfter(text, Date.UTC(2026, 10, 23));
        if (wait !== null) expect(wait).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  }, timeout);
});

describe('a position or a draft file read back', () => {
  it('restorePosition gives a step this version has, and an entry only if the draft has it', () => {
    const content = filledMapping();
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.record({ step: fc.constantFrom(...mappingSteps), entry: anyInput })), (raw) => {
        const position = restorePosition(raw, content);
        expect(mappingSteps).toContain(position.step);
        if (position.entry) expect(stringsIn(content)).toContain(position.entry.id);
      }),
      runs,
    );
  }, timeout);

  it('draftExportFile writes a file that reads back as exactly what was exported', () => {
    fc.assert(
      fc.property(anyInput, hostileString, fc.integer(), hostileString, (raw, id, revision, message) => {
        const draft = { id, revision, sentRevision: null, content: restoreMapping(raw) };
        const problem = { status: 400, message, fields: [{ path: message, message }] };
        const file = draftExportFile(draft, problem, new Date('2026-11-23T10:00:00Z'));
        expect(JSON.parse(file.text)).toEqual({ format: 'kompass-draft', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', draft, problem });
      }),
      runs,
    );
  }, timeout);
});
