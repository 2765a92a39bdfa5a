import { describe, expect, it } from 'vitest';
import { draftSyncState, sendingShownForMs } from './draft-sync-state';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const unsent = { revision: 3, sentRevision: null, sentAt: null, problem: null, sendingSince: null };

describe('what a person is told about a draft', () => {
  it('says "saved on this device" until the server confirms the newest revision', () => {
    expect(draftSyncState(unsent, now)).toEqual({ kind: 'saved_on_device' });
    expect(draftSyncState({ ...unsent, sentRevision: 2, sentAt: '2026-11-23T10:00:00.000Z' }, now).kind).toBe('saved_on_device');
  });

  it('says "sending" while a request is under way, but not for a send long since cut off', () => {
    expect(draftSyncState({ ...unsent, sendingSince: now - 1_000 }, now)).toEqual({ kind: 'sending' });
    expect(draftSyncState({ ...unsent, sendingSince: now - sendingShownForMs }, now)).toEqual({ kind: 'saved_on_device' });
  });

  it('says "sent" with the time once the newest revision is on the server', () => {
    const sentAt = '2026-11-23T10:00:00.000Z';
    expect(draftSyncState({ ...unsent, sentRevision: 3, sentAt, sendingSince: now }, now)).toEqual({ kind: 'sent', sentAt });
  });

  it('says it needs attention, with the server’s reason, when the server refused it', () => {
    const problem = { status: 400, message: 'aboutYou.gender: Invalid option' };
    expect(draftSyncState({ ...unsent, problem, sendingSince: now }, now)).toEqual({ kind: 'needs_attention', ...problem });
  });
});
