import { describe, expect, it } from 'vitest';
import { emptyMappingContent, type MappingContent } from './mapping';
import { decideMappingPut } from './mapping-put';

const first = emptyMappingContent('nb');
const second: MappingContent = { ...first, aboutYou: { ...first.aboutYou, gender: 'male' } };

describe('deciding a mapping PUT', () => {
  it('stores the first revision of a new mapping', () => {
    const request = { revision: 1, baseRevision: null, content: first };
    expect(decideMappingPut({ current: null, sameRevision: null, request, othersWroteSinceBase: true })).toEqual({ kind: 'store' });
  });

  it('treats the same revision with the same content as already stored, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    const stored = { revision: 1, content: first };
    const request = { revision: 1, baseRevision: null, content: reordered };
    expect(decideMappingPut({ current: stored, sameRevision: stored, request, othersWroteSinceBase: true })).toEqual({ kind: 'already_stored' });
  });

  it('treats a late duplicate of an older revision as already stored', () => {
    const request = { revision: 1, baseRevision: null, content: first };
    const decision = decideMappingPut({
      current: { revision: 2 },
      sameRevision: { revision: 1, content: first },
      request,
      othersWroteSinceBase: true,
    });
    expect(decision).toEqual({ kind: 'already_stored' });
  });

  it('stores a newer revision that builds on the current one', () => {
    const request = { revision: 5, baseRevision: 1, content: second };
    expect(decideMappingPut({ current: { revision: 1 }, sameRevision: null, request, othersWroteSinceBase: true })).toEqual({
      kind: 'store',
    });
  });

  it('calls a different content under a stored revision number a conflict', () => {
    const stored = { revision: 1, content: first };
    const request = { revision: 1, baseRevision: null, content: second };
    expect(decideMappingPut({ current: stored, sameRevision: stored, request, othersWroteSinceBase: true })).toEqual({ kind: 'conflict' });
  });

  it('calls a revision on a stale base a conflict instead of overwriting', () => {
    const request = { revision: 3, baseRevision: 1, content: second };
    expect(decideMappingPut({ current: { revision: 2 }, sameRevision: null, request, othersWroteSinceBase: true })).toEqual({
      kind: 'conflict',
    });
  });

  it('stores a revision on an older base when everything since came from the same device', () => {
    // The device sent revision 2, never heard back, and has typed on since.
    const request = { revision: 3, baseRevision: 1, content: second };
    const current = { revision: 2, content: first };
    expect(decideMappingPut({ current, sameRevision: null, request, othersWroteSinceBase: false })).toEqual({ kind: 'store' });
    expect(decideMappingPut({ current, sameRevision: null, request, othersWroteSinceBase: true })).toEqual({ kind: 'conflict' });
  });

  it('never lets a lower revision replace a higher one, even from the same device', () => {
    const request = { revision: 2, baseRevision: 1, content: second };
    const current = { revision: 3, content: first };
    expect(decideMappingPut({ current, sameRevision: null, request, othersWroteSinceBase: false })).toEqual({ kind: 'conflict' });
  });
});
