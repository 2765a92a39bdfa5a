import { listLimits, type ActivityEntry, type LanguageEntry, type ListPart, type MappingContent, type SchoolingEntry, type WorkEntry } from './mapping';

/** The four list parts, each a list of entries with ids, edited with the same few moves. */
export interface EntriesOf {
  languages: LanguageEntry;
  schooling: SchoolingEntry;
  work: WorkEntry;
  activities: ActivityEntry;
}

export function entriesOf<P extends ListPart>(content: MappingContent, part: P): EntriesOf[P][] {
  const entries = part === 'activities' ? content.activities.entries : content[part as Exclude<ListPart, 'activities'>];
  return entries as EntriesOf[P][];
}

function withEntries<P extends ListPart>(content: MappingContent, part: P, entries: EntriesOf[P][]): MappingContent {
  if (part === 'activities') return { ...content, activities: { ...content.activities, entries: entries as ActivityEntry[] } };
  return { ...content, [part]: entries };
}

export function canAddEntry(content: MappingContent, part: ListPart): boolean {
  return entriesOf(content, part).length < listLimits[part];
}

/** Adds at the end; at the list's ceiling nothing changes (the screen says why). */
export function addEntry<P extends ListPart>(content: MappingContent, part: P, entry: EntriesOf[P]): MappingContent {
  if (!canAddEntry(content, part)) return content;
  return withEntries(content, part, [...entriesOf(content, part), entry]);
}

export function updateEntry<P extends ListPart>(
  content: MappingContent,
  part: P,
  id: string,
  change: Partial<Omit<EntriesOf[P], 'id'>>,
): MappingContent {
  return withEntries(
    content,
    part,
    entriesOf(content, part).map((entry) => (entry.id === id ? { ...entry, ...change } : entry)),
  );
}

export function removeEntry(content: MappingContent, part: ListPart, id: string): MappingContent {
  return withEntries(content, part, entriesOf(content, part).filter((entry) => entry.id !== id));
}

/** Moves an entry one place up (-1) or down (+1); at either end nothing changes. */
export function moveEntry(content: MappingContent, part: ListPart, id: string, offset: -1 | 1): MappingContent {
  const entries = [...entriesOf(content, part)];
  const from = entries.findIndex((entry) => entry.id === id);
  const to = from + offset;
  if (from === -1 || to < 0 || to >= entries.length) return content;
  const moving = entries[from]!;
  entries[from] = entries[to]!;
  entries[to] = moving;
  return withEntries(content, part, entries);
}

export function findEntry<P extends ListPart>(content: MappingContent, part: P, id: string): EntriesOf[P] | undefined {
  return entriesOf(content, part).find((entry) => entry.id === id);
}
