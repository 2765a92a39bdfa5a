import { liveQuery } from 'dexie';
import { requestBackgroundSync } from './background-sync';
import type { KompassDatabase } from './db';
import { onSyncRequested } from './sync-requests';
import type { SyncRunner } from './sync-runner';

/** How long typing must pause before a new revision is sent (the outbox coalesces them). */
const afterSaveDelayMs = 1_000;

/**
 * Wakes the runner: at start, when the browser comes online (then without waiting out any
 * backoff), when a person asks, and shortly after any save (from this tab or another).
 * When the connection goes, or the page is hidden or left with drafts still queued, it asks
 * for the service worker's `sync` event, so they go even if Kompass is closed by then. (Not
 * on every change of the queue: the service worker's own retries change it, and would ask
 * again at once.) Returns a function that stops listening.
 */
export function startSyncTriggers(runner: SyncRunner, db: KompassDatabase): () => void {
  let afterSave: ReturnType<typeof setTimeout> | undefined;
  let waiting = 0;
  const syncNow = () => void runner.syncNow();
  const backOnline = () => void runner.syncNow({ ignoringBackoff: true });
  const handOver = () => {
    if (waiting > 0) requestBackgroundSync();
  };
  const onHidden = () => document.visibilityState === 'hidden' && handOver();
  window.addEventListener('online', backOnline);
  window.addEventListener('offline', handOver);
  window.addEventListener('pagehide', handOver);
  document.addEventListener('visibilitychange', onHidden);
  const stopListening = onSyncRequested((options) => void runner.syncNow(options));
  const outboxChanges = liveQuery(() => db.outbox.toArray()).subscribe({
    next: (queued) => {
      waiting = queued.filter((entry) => entry.problem === null).length;
      clearTimeout(afterSave);
      afterSave = setTimeout(syncNow, afterSaveDelayMs);
    },
    error: (error: unknown) => console.error('Kompass: watching the outbox failed', error),
  });
  // A new page may come with a new login: a pause from an earlier 401 is tried again.
  void runner.syncNow();
  return () => {
    window.removeEventListener('online', backOnline);
    window.removeEventListener('offline', handOver);
    window.removeEventListener('pagehide', handOver);
    document.removeEventListener('visibilitychange', onHidden);
    stopListening();
    outboxChanges.unsubscribe();
    clearTimeout(afterSave);
    runner.stop();
  };
}
