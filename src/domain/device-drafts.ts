import type { DraftRecord } from './draft';
import { draftSyncState, type DraftSyncState, type SenderState } from './draft-sync-state';

/** One line of the guide's overview of a device: a draft, its state, and what waits for a guide. */
export interface DeviceDraft {
  id: string;
  createdAt: string;
  updatedAt: string;
  submitted: boolean;
  /** A participant's answers sealed with their key while their session here is locked: nothing of them is shown. */
  locked: boolean;
  state: DraftSyncState;
  /** Answers from another device kept beside this device's answer, for the guide to choose. */
  conflicts: number;
}

interface QueuedDraft {
  mappingId: string;
  problem: { status: number; message: string } | null;
  sendingSince?: number;
}

/** Every draft on the device, newest change first, each with what the person and guide need to know. */
type DraftOnDevice = Omit<DraftRecord, 'content'> & { content: DraftRecord['content'] | null; sender: SenderState };

export function deviceDrafts(drafts: DraftOnDevice[], queue: QueuedDraft[], nowMs: number): DeviceDraft[] {
  return drafts
    .map((draft) => {
      const queued = queue.find((entry) => entry.mappingId === draft.id);
      return {
        id: draft.id,
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
        submitted: draft.content !== null && draft.content.submittedAt !== null,
        locked: draft.content === null,
        state: draftSyncState({ ...draft, problem: queued?.problem ?? null, sendingSince: queued?.sendingSince ?? null }, nowMs),
        conflicts: draft.content?.setAside.filter((value) => value.reason === 'conflict').length ?? 0,
      };
    })
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
