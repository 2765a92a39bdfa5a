import { describe, expect, it } from 'vitest';
import { draftSyncState, sendingShownForMs } from './draft-sync-state';

const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const unsent = { revision: 3, sentRevision: null, sentAt: null, problem: null, sendingSince: null, sender: 'ready' as const };

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

  it('says who must log in when nobody can send it: the person (again, if the code was refused) or the guide', () => {
    expect(draftSyncState({ ...unsent, sender: 'no_code' }, now)).toEqual({ kind: 'waiting_for_login', who: 'participant', codeRefused: false });
    expect(draftSyncState({ ...unsent, sender: 'code_refused' }, now)).toEqual({ kind: 'waiting_for_login', who: 'participant', codeRefused: true });
    expect(draftSyncState({ ...unsent, sender: 'guide_logged_out' }, now)).toEqual({ kind: 'waiting_for_login', who: 'guide', codeRefused: false });
  });

  it('still says "sent" for a draft the server has, whatever became of the login since', () => {
    const sentAt = '2026-11-23T10:00:00.000Z';
    expect(draftSyncState({ ...unsent, sentRevision: 3, sentAt, sender: 'code_refused' }, now)).toEqual({ kind: 'sent', sentAt });
  });
});
