/** What a person is told about one draft. */
export type DraftSyncState =
  | { kind: 'saved_on_device' }
  | { kind: 'sending' }
  | { kind: 'sent'; sentAt: string }
  /** The server will never take it as it is; the reason is kept for the guide. */
  | { kind: 'needs_attention'; status: number; message: string }
  /** Nobody can send it until someone logs in: the person with their code, or the guide. */
  | { kind: 'waiting_for_login'; who: 'participant' | 'guide'; codeRefused: boolean };

/**
 * Whether the draft's sender can send it: the participant's code as far as the server said (and
 * whether their session on this device is locked, its key gone), or the guide's session.
 */
export type SenderState = 'ready' | 'no_code' | 'code_refused' | 'locked' | 'guide_logged_out';

/** A send that started longer ago than any request may take is over, whatever became of it. */
export const sendingShownForMs = 30_000;

export function draftSyncState(
  input: {
    revision: number;
    sentRevision: number | null;
    sentAt: string | null;
    problem: { status: number; message: string } | null;
    sendingSince: number | null;
    sender: SenderState;
  },
  nowMs: number,
): DraftSyncState {
  const unsent = input.sentRevision !== input.revision;
  if (unsent && input.sender !== 'ready') {
    return { kind: 'waiting_for_login', who: input.sender === 'guide_logged_out' ? 'guide' : 'participant', codeRefused: input.sender === 'code_refused' };
  }
  if (input.problem !== null) return { kind: 'needs_attention', status: input.problem.status, message: input.problem.message };
  if (input.sentRevision === input.revision && input.sentAt !== null) return { kind: 'sent', sentAt: input.sentAt };
  if (input.sendingSince !== null && nowMs - input.sendingSince < sendingShownForMs) return { kind: 'sending' };
  return { kind: 'saved_on_device' };
}
