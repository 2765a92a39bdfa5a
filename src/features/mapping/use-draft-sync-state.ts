import { useLiveQuery } from 'dexie-react-hooks';
import { draftSyncState, type DraftSyncState } from '../../domain/draft-sync-state';
import type { KompassDatabase } from '../../offline/db';

/** Whether a draft is only on this device, being sent, sent, or stuck; follows every change to it. */
export function useDraftSyncState(db: KompassDatabase, draftId: string): DraftSyncState | undefined {
  return useLiveQuery(async () => {
    const [draft, queued] = await Promise.all([db.drafts.get(draftId), db.outbox.get(draftId)]);
    return draft && draftSyncState({ ...draft, problem: queued?.problem ?? null, sendingSince: queued?.sendingSince ?? null }, Date.now());
  }, [db, draftId]);
}
