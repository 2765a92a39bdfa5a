import { useLiveQuery } from 'dexie-react-hooks';
import type { KompassDatabase } from './db';
import { syncPausedAt } from './sync-settings';

/** True while sending waits for a new login (the server answered 401); follows every change. */
export function useSyncPaused(db: KompassDatabase): boolean {
  return useLiveQuery(async () => (await syncPausedAt(db)) !== null, [db]) ?? false;
}
