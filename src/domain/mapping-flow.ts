import { entriesOf } from './entry-list';
import { listLimits, type ListPart, type MappingContent } from './mapping';

/**
 * The order in which the mapping is asked: one question per screen. The four list parts
 * (languages, schooling, work, activities) show their entries on one screen, and each entry
 * is filled in question by question before returning to its list.
 */
export const mappingSteps = [
  'aboutYou.citizenship',
  'aboutYou.gender',
  'aboutYou.birthYear',
  'languages.list',
  'schooling.list',
  'work.list',
  'activities.drivingLicence',
  'activities.computerSkills',
  'activities.list',
  'interests.areas',
  'interests.other',
  'wishes.goal',
  'wishes.areas',
  'wishes.text',
  'review',
] as const;
export type MappingStep = (typeof mappingSteps)[number];

export const mappingParts = ['aboutYou', 'languages', 'schooling', 'work', 'activities', 'interests', 'wishes'] as const;
export type MappingPart = (typeof mappingParts)[number];

export const entryFields = {
  languages: ['language', 'motherTongue', 'understand', 'speak', 'read', 'write'],
  schooling: ['level', 'field', 'country', 'years', 'completed', 'documentation'],
  work: ['occupation', 'isco', 'country', 'years', 'employment', 'tasks'],
  activities: ['kind', 'description', 'years'],
} as const satisfies Record<ListPart, readonly string[]>;
export type EntryField<P extends ListPart = ListPart> = (typeof entryFields)[P][number];

const listStepOf = {
  languages: 'languages.list',
  schooling: 'schooling.list',
  work: 'work.list',
  activities: 'activities.list',
} as const satisfies Record<ListPart, MappingStep>;

/** The list part a step shows, if it is a list step. */
export function listPartOf(step: MappingStep): ListPart | undefined {
  return (Object.keys(listStepOf) as ListPart[]).find((part) => listStepOf[part] === step);
}

/** Where the person is: a step, or one question of one entry of a list step. */
export type Position =
  | { step: MappingStep; entry?: undefined }
  | { step: MappingStep; entry: { part: ListPart; id: string; field: EntryField } };

export const firstPosition: Position = { step: mappingSteps[0] };

export function partOf(step: MappingStep): MappingPart | null {
  if (step === 'review') return null;
  return step.split('.')[0] as MappingPart;
}

/** "Part 3 of 7" and "question 5 of 15", for the progress shown on every screen. */
export function progressOf(position: Position): { stepNumber: number; stepCount: number; partNumber: number | null } {
  const part = partOf(position.step);
  return {
    stepNumber: mappingSteps.indexOf(position.step) + 1,
    stepCount: mappingSteps.length,
    partNumber: part === null ? null : mappingParts.indexOf(part) + 1,
  };
}

export function nextPosition(position: Position): Position {
  if (position.entry) {
    const fields: readonly string[] = entryFields[position.entry.part];
    const next = fields[fields.indexOf(position.entry.field) + 1] as EntryField | undefined;
    return next ? { step: position.step, entry: { ...position.entry, field: next } } : { step: position.step };
  }
  const index = mappingSteps.indexOf(position.step);
  return { step: mappingSteps[Math.min(index + 1, mappingSteps.length - 1)]! };
}

export function previousPosition(position: Position): Position {
  if (position.entry) {
    const fields: readonly string[] = entryFields[position.entry.part];
    const previous = fields[fields.indexOf(position.entry.field) - 1] as EntryField | undefined;
    return previous ? { step: position.step, entry: { ...position.entry, field: previous } } : { step: position.step };
  }
  const index = mappingSteps.indexOf(position.step);
  return { step: mappingSteps[Math.max(index - 1, 0)]! };
}

export function entryStart(part: ListPart, id: string): Position {
  return { step: listStepOf[part], entry: { part, id, field: entryFields[part][0] } };
}

/**
 * A position read back from storage, checked against the draft: an entry that has since
 * been removed, or a step this version no longer has, falls back to a sensible place.
 */
export function restorePosition(raw: unknown, content: MappingContent): Position {
  if (typeof raw !== 'object' || raw === null) return firstPosition;
  const { step, entry } = raw as { step?: unknown; entry?: unknown };
  if (!(mappingSteps as readonly unknown[]).includes(step)) return firstPosition;
  const validStep = step as MappingStep;
  if (typeof entry !== 'object' || entry === null) return { step: validStep };
  const { part, id, field } = entry as { part?: unknown; id?: unknown; field?: unknown };
  if (typeof part !== 'string' || !(part in listLimits)) return { step: validStep };
  const listPart = part as ListPart;
  const fields: readonly unknown[] = entryFields[listPart];
  if (listStepOf[listPart] !== validStep || typeof id !== 'string' || !entriesOf(content, listPart).some((entry) => entry.id === id) || !fields.includes(field)) {
    return { step: validStep };
  }
  return { step: validStep, entry: { part: listPart, id, field: field as EntryField } };
}

/** The questions that must be answered before submitting get no "skip for now". */
export const requiredSteps: readonly MappingStep[] = ['aboutYou.citizenship', 'aboutYou.gender', 'aboutYou.birthYear', 'languages.list'];
