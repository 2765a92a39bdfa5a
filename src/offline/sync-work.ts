import type { KompassDatabase } from './db';

/**
 * Whether the sync runner has anything to do on this device — what each of its passes reads:
 * drafts waiting to be sent (the outbox), guides' records, logins from before answers were
 * sealed, and participants' sessions (locked when idle, wiped once everything has arrived).
 * A phone opening Kompass for the first time has none of these.
 */
export async function hasSyncWork(db: KompassDatabase): Promise<boolean> {
  const counts = await Promise.all([db.outbox.count(), db.staffRecords.count(), db.logins.count(), db.unlocked.count()]);
  return counts.some((count) => count > 0);
}
