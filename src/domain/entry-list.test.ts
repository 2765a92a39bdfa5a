import { describe, expect, it } from 'vitest';
import { addEntry, canAddEntry, entriesOf, findEntry, moveEntry, removeEntry, updateEntry } from './entry-list';
import { emptyEntries, emptyMappingContent, listLimits, mappingContentSchema, type ListPart } from './mapping';

const parts: ListPart[] = ['languages', 'schooling', 'work', 'activities'];

function withThree(part: ListPart) {
  let content = emptyMappingContent('nb');
  for (const id of ['a', 'b', 'c']) content = addEntry(content, part, emptyEntries[part](id) as never);
  return content;
}

const ids = (part: ListPart, content: ReturnType<typeof withThree>) => entriesOf(content, part).map((entry) => entry.id);

describe.each(parts)('the %s list', (part) => {
  it('adds, edits, reorders and removes entries, and stays valid', () => {
    let content = withThree(part);
    expect(ids(part, content)).toEqual(['a', 'b', 'c']);
    content = moveEntry(content, part, 'c', -1);
    expect(ids(part, content)).toEqual(['a', 'c', 'b']);
    content = moveEntry(content, part, 'a', -1);
    expect(ids(part, content)).toEqual(['a', 'c', 'b']);
    content = moveEntry(content, part, 'b', 1);
    expect(ids(part, content)).toEqual(['a', 'c', 'b']);
    content = removeEntry(content, part, 'c');
    expect(ids(part, content)).toEqual(['a', 'b']);
    const change = part === 'languages' ? { speak: 'well' } : { years: 3 };
    content = updateEntry(content, part, 'b', change as never);
    expect(findEntry(content, part, 'b')).toMatchObject(change);
    expect(mappingContentSchema.safeParse(content).success).toBe(true);
  });

  it('stops at its ceiling', () => {
    let content = emptyMappingContent('nb');
    for (let index = 0; index < listLimits[part]; index += 1) content = addEntry(content, part, emptyEntries[part](`e${index}`) as never);
    expect(canAddEntry(content, part)).toBe(false);
    expect(addEntry(content, part, emptyEntries[part]('one-too-many') as never)).toBe(content);
    expect(mappingContentSchema.safeParse(content).success).toBe(true);
  });
});

it('keeps the other parts untouched', () => {
  const content = withThree('activities');
  expect(content.languages).toEqual([]);
  expect(content.activities.hasDrivingLicence).toBeNull();
  expect(entriesOf(content, 'activities')).toHaveLength(3);
});
