/** What a person is told about one draft: is it only on this device, sent, or stuck? */
export type DraftSyncState =
  | { kind: 'saved_on_device' }
  | { kind: 'sent'; sentAt: string }
  | { kind: 'needs_attention'; reason: 'conflict' | 'rejected' };

export function draftSyncState(input: {
  revision: number;
  sentRevision: number | null;
  sentAt: string | null;
  problem: { reason: 'conflict' | 'rejected' } | null;
}): DraftSyncState {
  if (input.problem !== null) return { kind: 'needs_attention', reason: input.problem.reason };
  if (input.sentRevision === input.revision && input.sentAt !== null) return { kind: 'sent', sentAt: input.sentAt };
  return { kind: 'saved_on_device' };
}
