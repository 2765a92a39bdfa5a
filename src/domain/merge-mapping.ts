import { canonicalJson } from './canonical-json';
import { emptyEntries, emptyMappingContent, listLimits, type MappingContent, type SetAsideValue } from './mapping';
import { capSetAside, toJsonText } from './set-aside';

export interface MergedMapping {
  content: MappingContent;
  /** How many places had a different answer on each side; each is kept in setAside with reason 'conflict'. */
  conflicts: number;
}

/** One place as it was in the common copy, as it is on this device, and as it is on the server. */
interface Sides<T> {
  base: T;
  local: T;
  remote: T;
}

type Entry = { id: string };

/**
 * Puts together the edits two devices made to the same mapping, answer by answer, against the
 * copy both started from. Where both gave one place different answers, this device's answer
 * stays and the other device's is set aside as a conflict for the guide: nothing is lost.
 *
 * base: the copy both sides started from (the last one the server confirmed to this device), or
 * null when there is no common copy. local: this device's copy now (the person's newest words).
 * remote: the server's current copy (written by another device).
 */
export function mergeMappings(base: MappingContent | null, local: MappingContent, remote: MappingContent): MergedMapping {
  const all: Sides<MappingContent> = { base: base ?? emptyMappingContent(local.language), local, remote };
  const conflicts: SetAsideValue[] = [];
  const answer = <T>(path: string, pick: (content: MappingContent) => T) => mergeAnswer(sides(all, pick), path, conflicts);
  const choices = <T extends string>(pick: (content: MappingContent) => T[]) => mergeChoices(sides(all, pick), (choice) => choice);
  const entries = <T extends Entry>(path: string, pick: (content: MappingContent) => T[], limit: number, empty: (id: string) => T) =>
    mergeEntries(sides(all, pick), { path, limit, makeEmpty: empty }, conflicts);

  const answers = {
    schemaVersion: local.schemaVersion,
    language: answer('language', (content) => content.language),
    informationLetter: answer('informationLetter', (content) => content.informationLetter),
    aboutYou: mergeFields(sides(all, (content) => content.aboutYou), 'aboutYou', conflicts),
    languages: entries('languages', (content) => content.languages, listLimits.languages, emptyEntries.languages),
    schooling: entries('schooling', (content) => content.schooling, listLimits.schooling, emptyEntries.schooling),
    work: entries('work', (content) => content.work, listLimits.work, emptyEntries.work),
    activities: {
      hasDrivingLicence: answer('activities.hasDrivingLicence', (content) => content.activities.hasDrivingLicence),
      drivingLicenceClasses: choices((content) => content.activities.drivingLicenceClasses),
      computerSkills: answer('activities.computerSkills', (content) => content.activities.computerSkills),
      entries: entries('activities.entries', (content) => content.activities.entries, listLimits.activities, emptyEntries.activities),
    },
    interests: {
      areas: choices((content) => content.interests.areas),
      other: answer('interests.other', (content) => content.interests.other),
    },
    wishes: {
      goal: answer('wishes.goal', (content) => content.wishes.goal),
      areas: choices((content) => content.wishes.areas),
      text: answer('wishes.text', (content) => content.wishes.text),
    },
    submittedAt: mergeSubmittedAt(sides(all, (content) => content.submittedAt)),
  };
  // Built last: the conflicts are known only once every answer is merged.
  const setAside = capSetAside([...mergeChoices(sides(all, (content) => content.setAside), canonicalJson), ...conflicts]);
  return { content: { ...answers, setAside }, conflicts: conflicts.length };
}

function sides<T, R>(all: Sides<T>, pick: (value: T) => R): Sides<R> {
  return { base: pick(all.base), local: pick(all.local), remote: pick(all.remote) };
}

/**
 * Equal as their canonicalJson would be (key order and undefined keys do not count: a letter
 * confirmation back from the server, say), without building the text: merges compare a lot.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  const one = a as Record<string, unknown>;
  const other = b as Record<string, unknown>;
  const keys = definedKeys(one);
  const sameAt = (key: string) => Object.hasOwn(other, key) && same(one[key], other[key]);
  return keys.length === definedKeys(other).length && keys.every(sameAt);
}

function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/**
 * When at most one side changed a value, or both made the same change, that value as it stands;
 * undefined when both changed it differently (no value in a mapping is ever undefined).
 */
function oneSided<T>(all: Sides<T>): T | undefined {
  if (same(all.local, all.base)) return all.remote;
  if (same(all.remote, all.base) || same(all.local, all.remote)) return all.local;
  return undefined;
}

/** Both sides changed it differently: the person's newest words stay, the other answer waits in setAside. */
function mergeAnswer<T>(all: Sides<T>, path: string, conflicts: SetAsideValue[]): T {
  const taken = oneSided(all);
  if (taken !== undefined) return taken;
  conflicts.push({ path, value: toJsonText(all.remote), reason: 'conflict' });
  return all.local;
}

/** Field by field, so two devices filling in different answers of one part both count. */
function mergeFields<T extends object>(all: Sides<T>, path: string, conflicts: SetAsideValue[]): T {
  const merged = { ...all.local };
  for (const key of Object.keys(all.local) as (keyof T & string)[]) {
    merged[key] = mergeAnswer(sides(all, (part) => part[key]), `${path}.${key}`, conflicts);
  }
  return merged;
}

/** Choices are a set: one side adding a choice adds it, one side removing it removes it. */
function mergeChoices<T>(all: Sides<T[]>, keyOf: (item: T) => string): T[] {
  const taken = oneSided(all);
  if (taken !== undefined) return taken;
  const keys = (items: T[]) => new Set(items.map(keyOf));
  const [base, local, remote] = [keys(all.base), keys(all.local), keys(all.remote)];
  return [
    ...all.local.filter((item) => remote.has(keyOf(item)) || !base.has(keyOf(item))),
    ...all.remote.filter((item) => !local.has(keyOf(item)) && !base.has(keyOf(item))),
  ];
}

interface EntryList<T extends Entry> {
  path: string;
  limit: number;
  makeEmpty: (id: string) => T;
}

/**
 * Entries are followed by id, never by place: this device's order first, then what only the
 * other device has. A deletion on one side wins only over an entry the other side left alone.
 */
function mergeEntries<T extends Entry>(all: Sides<T[]>, list: EntryList<T>, conflicts: SetAsideValue[]): T[] {
  const taken = oneSided(all);
  if (taken !== undefined) return taken;
  const base = byId(all.base);
  const local = byId(all.local);
  const remote = byId(all.remote);
  const kept = [...local.keys(), ...[...remote.keys()].filter((key) => !local.has(key))].filter((key) =>
    isKept({ base: base.get(key), local: local.get(key), remote: remote.get(key) }),
  );
  const merged = kept.map((key, index) => {
    const here = local.get(key);
    const there = remote.get(key);
    if (here === undefined || there === undefined) return (here ?? there)!;
    // Added on both devices (no common copy): each answer counts against an empty entry.
    const common = base.get(key) ?? list.makeEmpty(here.id);
    return mergeFields({ base: common, local: here, remote: there }, `${list.path}.${index}`, conflicts);
  });
  // Only entries the other device added can fall past the ceiling (this device's list fits).
  for (const entry of merged.slice(list.limit)) {
    conflicts.push({ path: list.path, value: toJsonText(entry), reason: 'conflict' });
  }
  return merged.slice(0, list.limit);
}

/** An entry on one side only stays if it was added there, or changed there while deleted on the other. */
function isKept<T>(entry: Sides<T | undefined>): boolean {
  if (entry.local !== undefined && entry.remote !== undefined) return true;
  return entry.base === undefined || !same(entry.local ?? entry.remote, entry.base);
}

/** Keyed by id and how often it came before, so a repeated id (the schema allows it) hides no entry. */
function byId<T extends Entry>(entries: T[]): Map<string, T> {
  const seen = new Map<string, number>();
  const keyed = new Map<string, T>();
  for (const entry of entries) {
    const count = seen.get(entry.id) ?? 0;
    seen.set(entry.id, count + 1);
    keyed.set(`${count}:${entry.id}`, entry);
  }
  return keyed;
}

/**
 * Never a conflict. A change on one side only is taken as is (a reopened mapping stays open);
 * when both changed it, a mapping submitted on any device stays submitted, from the first time.
 */
function mergeSubmittedAt(all: Sides<string | null>): string | null {
  const taken = oneSided(all);
  if (taken !== undefined) return taken;
  if (all.local === null || all.remote === null) return all.local ?? all.remote;
  return Date.parse(all.remote) < Date.parse(all.local) ? all.remote : all.local;
}
