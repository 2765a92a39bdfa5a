import { useLiveQuery } from 'dexie-react-hooks';
import { draftSyncState, type DraftSyncState } from '../../domain/draft-sync-state';
import type { KompassDatabase } from '../../offline/db';
import { senderStateOf } from '../../offline/participant-logins';

/** Whether a draft is only on this device, being sent, sent, or stuck; follows every change to it. */
export function useDraftSyncState(db: KompassDatabase, draftId: string): DraftSyncState | undefined {
  return useLiveQuery(async () => {
    const [draft, queued] = await Promise.all([db.drafts.get(draftId), db.outbox.get(draftId)]);
    if (!draft) return undefined;
    const sender = await senderStateOf(db, draft);
    return draftSyncState({ ...draft, problem: queued?.problem ?? null, sendingSince: queued?.sendingSince ?? null, sender }, Date.now());
  }, [db, draftId]);
}
