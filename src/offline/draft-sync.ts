import type { KompassDatabase } from './db';
import { dueOutboxEntries } from './draft-repository';
import { createCodeExchanger } from './login-code-exchange';
import { createBatchSender, createMappingSender } from './mapping-api-client';
import { createStaffRecordSender } from './staff-records';
import { createSyncRunner, type SyncRunner } from './sync-runner';

/** The sync runner wired to the server at `origin`: the same in a page and in the service worker. */
export function createDraftSyncRunner(db: KompassDatabase, origin: string): SyncRunner {
  return createSyncRunner({
    db,
    sendMapping: createMappingSender(origin),
    sendMappings: createBatchSender(origin),
    exchangeLoginCode: createCodeExchanger(origin),
    sendStaffRecord: createStaffRecordSender(origin),
  });
}

/**
 * One pass over the whole queue, for the service worker's `sync` event. Rejects while drafts
 * are still waiting, so the browser fires the event again later.
 */
export async function sendQueuedDrafts(db: KompassDatabase, origin: string): Promise<void> {
  const runner = createDraftSyncRunner(db, origin);
  try {
    await runner.syncNow({ ignoringBackoff: true });
  } finally {
    runner.stop();
  }
  const waiting = await dueOutboxEntries(db, Number.POSITIVE_INFINITY);
  if (waiting.length > 0) throw new Error(`Kompass: ${waiting.length} drafts still waiting to be sent`);
}
