import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { citizenshipCodes, countryCodes } from './countries';
import { addEntry, entriesOf, findEntry, moveEntry, removeEntry, updateEntry } from './entry-list';
import type { LetterConfirmation } from './information-letter';
import { iscoUnitGroupCodes } from './isco-08';
import { languageCodes } from './language-codes';
import {
  activityKinds,
  drivingLicenceClasses,
  emptyEntries,
  emptyMappingContent,
  employmentKinds,
  genders,
  goals,
  iscedLevels,
  listLimits,
  mappingContentSchema,
  skillLevels,
  workAreas,
  type ListPart,
  type MappingContent,
  type SetAsideValue,
} from './mapping';
import { mergeMappings, type MergedMapping } from './merge-mapping';
import { toJsonText } from './set-aside';

const filled: MappingContent = {
  ...emptyMappingContent('fa'),
  aboutYou: { citizenship: 'AF', gender: null, birthYear: null },
  languages: [{ ...emptyEntries.languages('l1'), language: 'prs', motherTongue: true, speak: 'well' }],
  work: [
    { ...emptyEntries.work('w1'), occupation: 'نجار', years: 6 },
    { ...emptyEntries.work('w2'), occupation: 'Kokk', years: 2 },
  ],
  interests: { areas: ['care', 'cooking'], other: '' },
};

describe('merging the copies two devices edited', () => {
  it('keeps the answers each device gave to different questions', () => {
    const local = { ...filled, aboutYou: { ...filled.aboutYou, birthYear: 1999 } };
    const remote = { ...filled, wishes: { ...filled.wishes, goal: 'work' as const } };
    const merged = mergeMappings(filled, local, remote);
    expect(merged.content).toEqual({ ...local, wishes: remote.wishes });
    expect(merged.conflicts).toBe(0);
  });

  it("keeps this device's answer when both answered the same question, and sets the other aside", () => {
    const local = { ...filled, aboutYou: { ...filled.aboutYou, gender: 'male' as const } };
    const remote = { ...filled, aboutYou: { ...filled.aboutYou, gender: 'female' as const } };
    const merged = mergeMappings(filled, local, remote);
    expect(merged.content.aboutYou.gender).toBe('male');
    expect(merged.content.setAside).toEqual([{ path: 'aboutYou.gender', value: '"female"', reason: 'conflict' }]);
    expect(merged.conflicts).toBe(1);
  });

  it('keeps an entry deleted on this device but changed on the other; one left alone there stays deleted', () => {
    const changedThere = { ...filled, languages: [{ ...filled.languages[0]!, speak: 'very_well' as const }] };
    expect(mergeMappings(filled, { ...filled, languages: [] }, changedThere).content.languages).toEqual(changedThere.languages);
    const otherAnswerThere = { ...filled, wishes: { ...filled.wishes, text: 'Jobb' } };
    expect(mergeMappings(filled, { ...filled, languages: [] }, otherAnswerThere).content.languages).toEqual([]);
  });

  it('keeps both languages when each device added one', () => {
    const arabic = { ...emptyEntries.languages('l-here'), language: 'ar' as const };
    const somali = { ...emptyEntries.languages('l-there'), language: 'so' as const };
    const local = { ...filled, languages: [...filled.languages, arabic] };
    const remote = { ...filled, languages: [somali, ...filled.languages] };
    const merged = mergeMappings(filled, local, remote);
    expect(merged.content.languages).toEqual([...filled.languages, arabic, somali]);
  });

  it('names a conflict in an entry by its place in the merged list', () => {
    const local = { ...filled, work: [{ ...filled.work[1]!, occupation: 'Kokk og baker' }] };
    const remote = { ...filled, work: [filled.work[0]!, { ...filled.work[1]!, occupation: 'Kafémedarbeider' }] };
    const merged = mergeMappings(filled, local, remote);
    expect(merged.content.work).toEqual(local.work);
    expect(merged.content.setAside).toEqual([{ path: 'work.0.occupation', value: '"Kafémedarbeider"', reason: 'conflict' }]);
  });

  it('with no common copy, weighs each answer against an empty mapping', () => {
    const entry = { ...emptyEntries.languages('l1'), language: 'ar' as const };
    const local: MappingContent = {
      ...emptyMappingContent('ar'),
      aboutYou: { citizenship: null, gender: 'male', birthYear: null },
      languages: [{ ...entry, speak: 'well' }],
    };
    const remote: MappingContent = {
      ...emptyMappingContent('ar'),
      aboutYou: { citizenship: null, gender: 'female', birthYear: 1990 },
      languages: [{ ...entry, read: 'well' }],
    };
    const merged = mergeMappings(null, local, remote);
    expect(merged.content.aboutYou).toEqual({ citizenship: null, gender: 'male', birthYear: 1990 });
    expect(merged.content.languages).toEqual([{ ...entry, speak: 'well', read: 'well' }]);
    expect(merged.content.setAside).toEqual([{ path: 'aboutYou.gender', value: '"female"', reason: 'conflict' }]);
  });

  it('removes a choice one device removed and the other left alone, and keeps choices either added', () => {
    const local: MappingContent = { ...filled, interests: { areas: ['cooking', 'building'], other: '' } };
    const remote: MappingContent = { ...filled, interests: { areas: ['care', 'computers'], other: '' } };
    const merged = mergeMappings(filled, local, remote);
    expect(merged.content.interests.areas).toEqual(['building', 'computers']);
  });

  it('keeps a mapping submitted on either device submitted, from the first time', () => {
    const first = '2026-11-23T10:00:00Z';
    const later = '2026-11-24T08:00:00.000Z';
    const submitted = (at: string) => ({ ...filled, submittedAt: at });
    expect(mergeMappings(filled, submitted(later), submitted(first)).content.submittedAt).toBe(first);
    expect(mergeMappings(null, submitted(first), submitted(later)).content.submittedAt).toBe(first);
    expect(mergeMappings(filled, filled, submitted(later)).content.submittedAt).toBe(later);
  });

  it('folds set-aside values past the ceiling into the last one instead of dropping them', () => {
    const full = { ...filled, setAside: Array.from({ length: 500 }, (_, index) => ({ path: 'pets', value: String(index) })) };
    const merged = mergeMappings(
      full,
      { ...full, aboutYou: { ...full.aboutYou, gender: 'male' } },
      { ...full, aboutYou: { ...full.aboutYou, gender: 'female' } },
    );
    expect(merged.content.setAside).toHaveLength(500);
    expect(merged.content.setAside[499]!.path).toBe('setAside.overflow');
    expect(JSON.parse(merged.content.setAside[499]!.value)).toEqual([
      { path: 'pets', value: '499' },
      { path: 'aboutYou.gender', value: '"female"', reason: 'conflict' },
    ]);
    expect(mappingContentSchema.safeParse(merged.content).success).toBe(true);
  });

  it('keeps within the schema when the values folded past the ceiling are more than one slot holds (found by the fuzz test)', () => {
    const long = JSON.stringify('x'.repeat(2000));
    const full = (side: string) => ({ ...filled, setAside: Array.from({ length: 500 }, (_, index) => ({ path: `${side}.${index}`, value: long })) });
    const merged = mergeMappings(null, full('here'), full('there'));
    expect(merged.content.setAside[499]!.value).toMatch(/^"\[\{.+… \(\d+ characters\)"$/);
    expect(mappingContentSchema.safeParse(merged.content).success).toBe(true);
  });
});

// ——— Arbitraries: small pools of answers and ids, so the two sides often meet on the same place.

const among = <T extends string>(codes: readonly T[], wanted: string[]) =>
  fc.constantFrom(...codes.filter((code) => wanted.includes(code)));
const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const yesNo = fc.constantFrom(null, true, false);
const skill = orNull(fc.constantFrom(...skillLevels));
const words = fc.constantFrom('', 'Snekker', 'نجار', 'Math');
const years = fc.constantFrom(null, 0, 3, 12);
const country = orNull(among(countryCodes, ['AF', 'ER', 'NO', 'SO']));

const letter = (language: LetterConfirmation['language'], confirmedAt: string): LetterConfirmation => ({
  version: 'imdi-2021.1',
  language,
  confirmedAt,
});
// The same confirmation as the first, its keys in another order (as PostgreSQL's jsonb may hand it back).
const reordered: LetterConfirmation = { confirmedAt: '2026-11-23T10:00:00.000Z', language: 'ar', version: 'imdi-2021.1' };
const letters = fc.constantFrom(null, letter('ar', '2026-11-23T10:00:00.000Z'), reordered, letter('ti', '2026-11-24T08:00:00.000Z'));

/** Every answer the conflict rule covers, outside the lists. */
const answerPlaces: Record<string, fc.Arbitrary<unknown>> = {
  language: fc.constantFrom('nb', 'ar', 'fa', 'ti'),
  informationLetter: letters,
  'aboutYou.citizenship': orNull(among(citizenshipCodes, ['AF', 'ER', 'SO', 'stateless'])),
  'aboutYou.gender': orNull(fc.constantFrom(...genders)),
  'aboutYou.birthYear': fc.constantFrom(null, 1990, 1999),
  'activities.hasDrivingLicence': yesNo,
  'activities.computerSkills': skill,
  'interests.other': words,
  'wishes.goal': orNull(fc.constantFrom(...goals)),
  'wishes.text': words,
};

const choicePlaces: Record<string, readonly string[]> = {
  'activities.drivingLicenceClasses': drivingLicenceClasses.slice(2, 6),
  'interests.areas': workAreas.slice(0, 4),
  'wishes.areas': workAreas.slice(2, 6),
};

const entryFields: Record<ListPart, Record<string, fc.Arbitrary<unknown>>> = {
  languages: {
    language: orNull(among(languageCodes, ['ar', 'prs', 'so', 'ti'])),
    motherTongue: yesNo,
    understand: skill,
    speak: skill,
    read: skill,
    write: skill,
  },
  schooling: {
    level: orNull(fc.constantFrom(...iscedLevels.slice(0, 4))),
    field: words,
    country,
    years,
    completed: yesNo,
    documentation: yesNo,
  },
  work: {
    occupation: words,
    isco: orNull(among(iscoUnitGroupCodes, ['5120', '7115', '9112'])),
    country,
    years,
    employment: orNull(fc.constantFrom(...employmentKinds)),
    tasks: words,
  },
  activities: { kind: orNull(fc.constantFrom(...activityKinds)), description: words, years },
};
const listParts = Object.keys(entryFields) as ListPart[];
const listPath = (part: ListPart) => (part === 'activities' ? 'activities.entries' : part);

type Entry = { id: string } & Record<string, unknown>;
const entry = (part: ListPart, ids: string[]) => fc.record({ id: fc.constantFrom(...ids), ...entryFields[part] }) as fc.Arbitrary<Entry>;
const entryList = (part: ListPart) =>
  fc.uniqueArray(entry(part, ['a', 'b', 'c', 'd', 'e', 'f']), { selector: (item) => item.id, maxLength: 5 });

// Never a path the merge writes a conflict to, so this merge's conflicts can be told apart.
const setAsidePaths = ['pets', 'extra', 'languages.0.dialect'];
const setAsideItem: fc.Arbitrary<SetAsideValue> = fc.record(
  {
    path: fc.constantFrom(...setAsidePaths),
    value: fc.constantFrom('"cat"', '1', '{"deep":[1,2]}'),
    reason: fc.constant('conflict' as const),
  },
  { requiredKeys: ['path', 'value'] },
);
const submittedAt = fc.constantFrom(null, '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00Z', '2026-11-24T08:30:00Z');

const mapping: fc.Arbitrary<MappingContent> = fc
  .record({
    answers: fc.record(answerPlaces),
    choices: fc.record(Object.fromEntries(Object.entries(choicePlaces).map(([path, items]) => [path, fc.shuffledSubarray([...items])]))),
    lists: fc.record(Object.fromEntries(listParts.map((part) => [part, entryList(part)]))),
    submittedAt,
    setAside: fc.array(setAsideItem, { maxLength: 3 }),
  })
  .map(({ answers, choices, lists, submittedAt, setAside }) => {
    let content: MappingContent = { ...emptyMappingContent('nb'), submittedAt, setAside };
    for (const [path, value] of Object.entries({ ...answers, ...choices })) content = withAnswer(content, path, value);
    for (const part of listParts) content = lists[part]!.reduce((done, item) => addEntry(done, part, item as never), content);
    return content;
  });

type Edit =
  | { edit: 'answer'; path: string; value: unknown }
  | { edit: 'toggle'; path: string; choice: string }
  | { edit: 'add'; part: ListPart; entry: Entry }
  | { edit: 'change'; part: ListPart; at: number; change: Record<string, unknown> }
  | { edit: 'remove' | 'move'; part: ListPart; at: number }
  | { edit: 'setAside'; item: SetAsideValue | null; at: number }
  | { edit: 'submit'; submittedAt: string | null };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.oneof(
    ...Object.entries(answerPlaces).map(([path, value]) =>
      fc.record({ edit: fc.constant('answer' as const), path: fc.constant(path), value }),
    ),
  ),
  fc.oneof(
    ...Object.entries(choicePlaces).map(([path, choices]) =>
      fc.record({ edit: fc.constant('toggle' as const), path: fc.constant(path), choice: fc.constantFrom(...choices) }),
    ),
  ),
  ...listParts.map((part) =>
    fc.oneof(
      // 'g' and 'h' are never in a generated base: both devices may add the same new entry.
      fc.record({ edit: fc.constant('add' as const), part: fc.constant(part), entry: entry(part, ['a', 'b', 'g', 'h']) }),
      fc.record({
        edit: fc.constant('change' as const),
        part: fc.constant(part),
        at: fc.nat(),
        change: fc.record(entryFields[part], { requiredKeys: [] }),
      }),
      fc.record({ edit: fc.constantFrom('remove' as const, 'move' as const), part: fc.constant(part), at: fc.nat() }),
    ),
  ),
  fc.record({ edit: fc.constant('setAside' as const), item: fc.option(setAsideItem, { nil: null }), at: fc.nat() }),
  fc.record({ edit: fc.constant('submit' as const), submittedAt }),
);

function applyEdit(content: MappingContent, change: Edit): MappingContent {
  switch (change.edit) {
    case 'answer':
      return withAnswer(content, change.path, change.value);
    case 'toggle': {
      const choices = answerOf(content, change.path) as string[];
      const toggled = choices.includes(change.choice) ? choices.filter((choice) => choice !== change.choice) : [...choices, change.choice];
      return withAnswer(content, change.path, toggled);
    }
    case 'add': {
      const taken = entriesOf(content, change.part).some((item) => item.id === change.entry.id);
      return taken ? content : addEntry(content, change.part, change.entry as never);
    }
    case 'change':
    case 'remove':
    case 'move': {
      const entries = entriesOf(content, change.part);
      const id = entries[change.at % Math.max(entries.length, 1)]?.id;
      if (id === undefined) return content;
      if (change.edit === 'change') return updateEntry(content, change.part, id, change.change);
      if (change.edit === 'remove') return removeEntry(content, change.part, id);
      return moveEntry(content, change.part, id, change.at % 2 === 0 ? -1 : 1);
    }
    case 'setAside': {
      const removed = content.setAside.filter((_, index) => index !== change.at % content.setAside.length);
      return { ...content, setAside: change.item ? [...content.setAside, change.item] : removed };
    }
    case 'submit':
      return { ...content, submittedAt: change.submittedAt };
  }
}

function withAnswer(content: MappingContent, path: string, value: unknown): MappingContent {
  const [part, field] = path.split('.') as [keyof MappingContent, string | undefined];
  if (field === undefined) return { ...content, [part]: value };
  return { ...content, [part]: { ...(content[part] as object), [field]: value } };
}

function answerOf(content: MappingContent, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], content);
}

interface Copies {
  base: MappingContent | null;
  local: MappingContent;
  remote: MappingContent;
}

const edits = fc.array(edit, { maxLength: 8 });
const editedCopies = (baseKnown: boolean): fc.Arbitrary<Copies> =>
  fc.record({ base: mapping, localEdits: edits, remoteEdits: edits }).map(({ base, localEdits, remoteEdits }) => ({
    base: baseKnown ? base : null,
    local: localEdits.reduce(applyEdit, base),
    remote: remoteEdits.reduce(applyEdit, base),
  }));
const unrelatedCopies = fc.record({ base: fc.option(mapping, { nil: null }), local: mapping, remote: mapping });
const copies: fc.Arbitrary<Copies> = fc.oneof(
  { arbitrary: editedCopies(true), weight: 4 },
  { arbitrary: editedCopies(false), weight: 1 },
  { arbitrary: unrelatedCopies, weight: 2 },
);

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);
/** Equal as canonicalJson; plain JSON first, as it is much faster and mostly enough. */
function expectSameJson(actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(canonicalJson(actual)).toBe(canonicalJson(expected));
}
const runs = { numRuns: 1000 };
const setPlaces = [...Object.keys(choicePlaces), 'setAside'];
const itemsAt = (content: MappingContent, path: string) => new Set((answerOf(content, path) as unknown[]).map(canonicalJson));
const entryAt = (content: MappingContent, part: ListPart, id: string) => findEntry(content, part, id) as Entry | undefined;

/** Property 4, as the list of what was lost (one `expect` per run keeps 1000 runs fast). */
function lostValues({ base, local, remote }: Copies, { content }: MergedMapping): string[] {
  const common = base ?? emptyMappingContent(local.language);
  const setAside = new Set(content.setAside.map(canonicalJson));
  const lost: string[] = [];
  // What this device changed is in the result; what the other changed is there too, or set aside.
  const checkPlace = (path: string, [was, here, there]: unknown[], merged: unknown) => {
    if (here !== undefined && !same(here, was) && !same(merged, here)) lost.push(`${path} (this device)`);
    if (there === undefined || same(there, was) || same(merged, there)) return;
    if (!setAside.has(canonicalJson({ path, value: toJsonText(there), reason: 'conflict' }))) lost.push(`${path} (other device)`);
  };

  for (const path of Object.keys(answerPlaces)) {
    checkPlace(path, [common, local, remote].map((copy) => answerOf(copy, path)), answerOf(content, path));
  }
  for (const part of listParts) {
    entriesOf(content, part).forEach((merged: Entry, index) => {
      const was = entryAt(common, part, merged.id) ?? (emptyEntries[part](merged.id) as Entry);
      const [here, there] = [entryAt(local, part, merged.id), entryAt(remote, part, merged.id)];
      for (const key of Object.keys(merged)) {
        checkPlace(`${listPath(part)}.${index}.${key}`, [was[key], here?.[key], there?.[key]], merged[key]);
      }
    });
    // Every entry added or changed on either side is in the list or, past the ceiling, set aside.
    const kept = new Set(entriesOf(content, part).map((item) => item.id));
    for (const item of content.setAside) {
      if (item.path === listPath(part) && item.reason === 'conflict') kept.add((JSON.parse(item.value) as Entry).id);
    }
    for (const item of [...entriesOf(local, part), ...entriesOf(remote, part)]) {
      const before = entryAt(common, part, item.id);
      if ((before === undefined || !same(item, before)) && !kept.has(item.id)) lost.push(`${part} ${item.id}`);
    }
  }
  // A choice (or set-aside value) added on either side, or kept on both, is in the result.
  for (const path of setPlaces) {
    const [was, here, there, merged] = [common, local, remote, content].map((copy) => itemsAt(copy, path)) as Set<string>[];
    for (const item of [...here!, ...there!]) {
      if ((!was!.has(item) || (here!.has(item) && there!.has(item))) && !merged!.has(item)) lost.push(`${path} ${item}`);
    }
  }
  return lost;
}

/** What one side removed and the other left as it was, but which is still in the result. */
function removalsIgnored({ base, local, remote }: Copies, { content }: MergedMapping): string[] {
  const common = base ?? emptyMappingContent(local.language);
  const ignored: string[] = [];
  for (const path of setPlaces) {
    const [was, here, there, merged] = [common, local, remote, content].map((copy) => itemsAt(copy, path)) as Set<string>[];
    for (const item of was!) if (here!.has(item) !== there!.has(item) && merged!.has(item)) ignored.push(`${path} ${item}`);
  }
  for (const part of listParts) {
    for (const before of entriesOf(common, part)) {
      const [here, there] = [entryAt(local, part, before.id), entryAt(remote, part, before.id)];
      const leftAlone = here === undefined ? there : there === undefined ? here : undefined;
      if (leftAlone && same(leftAlone, before) && entryAt(content, part, before.id)) ignored.push(`${part} ${before.id}`);
    }
  }
  return ignored;
}

describe('merging any two copies (fast-check)', () => {
  it('always gives a valid mapping and leaves both copies as they were', () => {
    fc.assert(
      fc.property(copies, ({ base, local, remote }) => {
        for (const copy of [base, local, remote]) if (copy) mappingContentSchema.parse(copy);
        const before = JSON.stringify([base, local, remote]);
        const { content } = mergeMappings(base, local, remote);
        expect(mappingContentSchema.safeParse(content).success).toBe(true);
        expect(JSON.stringify([base, local, remote])).toBe(before);
      }),
      runs,
    );
  });

  it('gives the copy itself when both devices hold the same copy', () => {
    fc.assert(
      fc.property(fc.option(mapping, { nil: null }), mapping, (base, copy) => {
        expectSameJson(mergeMappings(base, copy, copy), { content: copy, conflicts: 0 });
      }),
      runs,
    );
  });

  it('takes the changes of one device exactly when the other changed nothing', () => {
    fc.assert(
      fc.property(mapping, mapping, (base, changed) => {
        expectSameJson(mergeMappings(base, changed, base), { content: changed, conflicts: 0 });
        expectSameJson(mergeMappings(base, base, changed), { content: changed, conflicts: 0 });
      }),
      runs,
    );
  });

  it('loses nothing either device wrote', () => {
    fc.assert(
      fc.property(copies, (sides) => {
        expect(lostValues(sides, mergeMappings(sides.base, sides.local, sides.remote))).toEqual([]);
      }),
      runs,
    );
  });

  it('removes what one device removed and the other left as it was', () => {
    fc.assert(
      fc.property(copies, (sides) => {
        expect(removalsIgnored(sides, mergeMappings(sides.base, sides.local, sides.remote))).toEqual([]);
      }),
      runs,
    );
  });

  it('counts exactly the conflicts it set aside', () => {
    fc.assert(
      fc.property(copies, ({ base, local, remote }) => {
        const merged = mergeMappings(base, local, remote);
        const added = merged.content.setAside.filter((item) => item.reason === 'conflict' && !setAsidePaths.includes(item.path));
        expect(merged.conflicts).toBe(added.length);
      }),
      runs,
    );
  });

  it('adds nothing when the result is merged again with the same server copy', () => {
    fc.assert(
      fc.property(copies, ({ base, local, remote }) => {
        const merged = mergeMappings(base, local, remote);
        const again = mergeMappings(remote, merged.content, remote);
        expectSameJson(again.content, merged.content);
        expect(again.conflicts).toBe(0);
      }),
      runs,
    );
  });

  it("sets aside, never drops, the entries past a list's ceiling when both devices added", () => {
    const limit = listLimits.schooling;
    const named = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);
    const withSchooling = (ids: string[], field: string): MappingContent => ({
      ...emptyMappingContent('nb'),
      schooling: ids.map((id) => ({ ...emptyEntries.schooling(id), field })),
    });
    fc.assert(
      fc.property(fc.nat(limit), fc.nat(limit), fc.nat(limit), words, (common, here, there, field) => {
        const kept = named('s', common);
        const addedHere = named('here-', Math.min(here, limit - common));
        const addedThere = named('there-', Math.min(there, limit - common));
        const merged = mergeMappings(
          withSchooling(kept, ''),
          withSchooling([...kept, ...addedHere], field),
          withSchooling([...kept, ...addedThere], field),
        );
        const overflow = merged.content.setAside.filter((item) => item.path === 'schooling' && item.reason === 'conflict');
        const everyId = [...merged.content.schooling, ...overflow.map((item) => JSON.parse(item.value) as Entry)].map((item) => item.id);
        expect(everyId).toEqual([...kept, ...addedHere, ...addedThere]);
        expect(merged.content.schooling.length).toBe(Math.min(limit, everyId.length));
        expect(merged.conflicts).toBe(merged.content.setAside.length);
        expect(mappingContentSchema.safeParse(merged.content).success).toBe(true);
      }),
      runs,
    );
  });
});
