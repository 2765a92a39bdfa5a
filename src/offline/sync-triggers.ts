import { liveQuery } from 'dexie';
import type { KompassDatabase } from './db';
import type { SyncRunner } from './sync-runner';

/** How long typing must pause before a new revision is sent (the outbox coalesces them). */
const afterSaveDelayMs = 1_000;

/**
 * Wakes the runner: at start, when the browser comes online (then without waiting out any
 * backoff), and shortly after any save (from this tab or another). Returns a function that
 * stops listening.
 */
export function startSyncTriggers(runner: SyncRunner, db: KompassDatabase): () => void {
  let afterSave: ReturnType<typeof setTimeout> | undefined;
  const syncNow = () => void runner.syncNow();
  const backOnline = () => void runner.syncNow({ ignoringBackoff: true });
  window.addEventListener('online', backOnline);
  const outboxChanges = liveQuery(() => db.outbox.toArray()).subscribe({
    next: () => {
      clearTimeout(afterSave);
      afterSave = setTimeout(syncNow, afterSaveDelayMs);
    },
    error: (error: unknown) => console.error('Kompass: watching the outbox failed', error),
  });
  syncNow();
  return () => {
    window.removeEventListener('online', backOnline);
    outboxChanges.unsubscribe();
    clearTimeout(afterSave);
    runner.stop();
  };
}
