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
 * Returns a function that stops listening.
 */
export function startSyncTriggers(runner: SyncRunner, db: KompassDatabase): () => void {
  let afterSave: ReturnType<typeof setTimeout> | undefined;
  const syncNow = () => void runner.syncNow();
  const backOnline = () => void runner.syncNow({ ignoringBackoff: true, resume: true });
  window.addEventListener('online', backOnline);
  const stopListening = onSyncRequested((options) => void runner.syncNow(options));
  const outboxChanges = liveQuery(() => db.outbox.toArray()).subscribe({
    next: (queued) => {
      // Should this page be closed before the queue is empty, the service worker sends it.
      if (queued.some((entry) => entry.problem === null)) requestBackgroundSync();
      clearTimeout(afterSave);
      afterSave = setTimeout(syncNow, afterSaveDelayMs);
    },
    error: (error: unknown) => console.error('Kompass: watching the outbox failed', error),
  });
  // A new page may come with a new login: a pause from an earlier 401 is tried again.
  void runner.syncNow({ resume: true });
  return () => {
    window.removeEventListener('online', backOnline);
    stopListening();
    outboxChanges.unsubscribe();
    clearTimeout(afterSave);
    runner.stop();
  };
}
