/** What a person is told about one draft. */
export type DraftSyncState =
  | { kind: 'saved_on_device' }
  | { kind: 'sending' }
  | { kind: 'sent'; sentAt: string }
  /** The server will never take it as it is; the reason is kept for the guide. */
  | { kind: 'needs_attention'; status: number; message: string };

/** A send that started longer ago than any request may take is over, whatever became of it. */
export const sendingShownForMs = 30_000;

export function draftSyncState(
  input: {
    revision: number;
    sentRevision: number | null;
    sentAt: string | null;
    problem: { status: number; message: string } | null;
    sendingSince: number | null;
  },
  nowMs: number,
): DraftSyncState {
  if (input.problem !== null) return { kind: 'needs_attention', status: input.problem.status, message: input.problem.message };
  if (input.sentRevision === input.revision && input.sentAt !== null) return { kind: 'sent', sentAt: input.sentAt };
  if (input.sendingSince !== null && nowMs - input.sendingSince < sendingShownForMs) return { kind: 'sending' };
  return { kind: 'saved_on_device' };
}
