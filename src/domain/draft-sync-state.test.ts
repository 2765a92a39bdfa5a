import { describe, expect, it } from 'vitest';
import { draftSyncState } from './draft-sync-state';

describe('what a person is told about a draft', () => {
  it('says "saved on this device" until the server confirms the newest revision', () => {
    expect(draftSyncState({ revision: 3, sentRevision: null, sentAt: null, problem: null })).toEqual({
      kind: 'saved_on_device',
    });
    expect(draftSyncState({ revision: 3, sentRevision: 2, sentAt: '2026-11-23T10:00:00.000Z', problem: null }).kind).toBe(
      'saved_on_device',
    );
  });

  it('says "sent" with the time once the newest revision is on the server', () => {
    const sentAt = '2026-11-23T10:00:00.000Z';
    expect(draftSyncState({ revision: 3, sentRevision: 3, sentAt, problem: null })).toEqual({ kind: 'sent', sentAt });
  });

  it('says it needs attention when the server refused it', () => {
    expect(draftSyncState({ revision: 3, sentRevision: 2, sentAt: null, problem: { reason: 'rejected' } })).toEqual({
      kind: 'needs_attention',
      reason: 'rejected',
    });
  });
});
