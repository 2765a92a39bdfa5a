import type { KompassDatabase } from './db';
import { createDraftSyncRunner } from './draft-sync';
import { startSyncTriggers } from './sync-triggers';

/**
 * Starts sending this device's drafts. Loaded after the first screen (its own chunk), so a
 * phone on a slow line shows the language choice before it parses the mapping's schemas.
 */
export function startSync(db: KompassDatabase, origin: string): void {
  startSyncTriggers(createDraftSyncRunner(db, origin), db);
}
