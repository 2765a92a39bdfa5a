import { describe, expect, it } from 'vitest';
import { deviceDrafts } from './device-drafts';
import { emptyMappingContent } from './mapping';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const draft = (id: string, updatedAt: string, content = emptyMappingContent('ar')) => ({
  id, revision: 2, createdAt: '2026-11-20T09:00:00.000Z', updatedAt, content, sentRevision: 2, sentAt: updatedAt, sender: 'ready' as const,
});

describe('the guide’s overview of the drafts on a device', () => {
  it('lists the newest change first, with each draft’s state and the answers waiting for a guide', () => {
    const conflicted = { ...emptyMappingContent('ar'), submittedAt: '2026-11-22T10:00:00.000Z', setAside: [
      { path: 'wishes.text', value: '"Snekker"', reason: 'conflict' as const },
      { path: 'unknownKey', value: '1' },
    ] };
    const rows = deviceDrafts(
      [draft('a', '2026-11-21T10:00:00.000Z'), draft('b', '2026-11-22T10:00:00.000Z', conflicted), { ...draft('c', '2026-11-20T10:00:00.000Z'), revision: 3 }],
      [{ mappingId: 'c', problem: { status: 400, message: 'Invalid' } }],
      now,
    );
    expect(rows.map((row) => [row.id, row.state.kind, row.submitted, row.conflicts])).toEqual([
      ['b', 'sent', true, 1],
      ['a', 'sent', false, 0],
      ['c', 'needs_attention', false, 0],
    ]);
  });
});
