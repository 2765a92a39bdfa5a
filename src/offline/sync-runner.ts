import { classifySendResult, retryDelayMs } from '../domain/sync-policy';
import type { KompassDatabase, OutboxEntry } from './db';
import {
  dueOutboxEntries,
  markRevisionSent,
  nextOutboxAttemptAt,
  readDraft,
  recordSendProblem,
  recordSendRetry,
} from './draft-repository';
import type { SendMapping } from './mapping-api-client';

export interface SyncRunner {
  /**
   * Sends everything that is due; resolves when this device's queue has been worked through.
   * `ignoringBackoff` sends every queued draft now: the connection has just come back, so
   * waits earned while there was none say nothing about the server.
   */
  syncNow(options?: { ignoringBackoff?: boolean }): Promise<void>;
  stop(): void;
}

export interface SyncRunnerOptions {
  db: KompassDatabase;
  sendMapping: SendMapping;
  now?: () => number;
  random?: () => number;
  /** Runs `work` while no other tab of this app is syncing (Web Locks where the browser has them). */
  exclusively?: (work: () => Promise<void>) => Promise<void>;
  /** Storage failures end up here; the queue itself stays as it was. */
  onError?: (error: unknown) => void;
}

const lockName = 'kompass-sync';

async function webLockOrDirect(work: () => Promise<void>): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.locks) await navigator.locks.request(lockName, work);
  else await work();
}

/**
 * The one place that talks to the server about drafts. Decisions (what counts as sent,
 * how long to wait) come from `domain/sync-policy`; this only reads, sends and records.
 */
export function createSyncRunner(options: SyncRunnerOptions): SyncRunner {
  const {
    db,
    sendMapping,
    now = Date.now,
    random = Math.random,
    exclusively = webLockOrDirect,
    onError = (error) => console.error('Kompass: sync could not read or update this device', error),
  } = options;
  let running: Promise<void> | null = null;
  let runAgain = false;
  let ignoreBackoff = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function sendOne(entry: OutboxEntry): Promise<void> {
    const draft = await readDraft(db, entry.mappingId);
    if (!draft) return;
    const revision = draft.revision;
    const result = await sendMapping(draft.id, { revision, baseRevision: draft.sentRevision, content: draft.content });
    const outcome = classifySendResult(result.status, result.retryAfter, now());
    if (outcome.kind === 'sent') {
      await markRevisionSent(db, draft.id, revision, new Date(now()));
    } else if (outcome.kind === 'retry') {
      const delay = retryDelayMs(entry.failedAttempts + 1, random(), outcome.retryAfterMs);
      await recordSendRetry(db, draft.id, now() + delay);
    } else {
      await recordSendProblem(db, draft.id, revision, { reason: outcome.reason, status: outcome.status });
    }
  }

  async function workThroughQueue(): Promise<void> {
    const dueBy = ignoreBackoff ? Number.POSITIVE_INFINITY : now();
    ignoreBackoff = false;
    const due = await dueOutboxEntries(db, dueBy);
    // One draft's trouble never holds up the others.
    for (const entry of due) await sendOne(entry);
  }

  async function scheduleNextAttempt(): Promise<void> {
    clearTimeout(timer);
    const at = await nextOutboxAttemptAt(db);
    if (at === null || stopped) return;
    timer = setTimeout(() => void syncNow(), Math.max(0, at - now()));
  }

  function syncNow(options: { ignoringBackoff?: boolean } = {}): Promise<void> {
    if (stopped) return Promise.resolve();
    if (options.ignoringBackoff) ignoreBackoff = true;
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          runAgain = false;
          await exclusively(workThroughQueue);
        } while (runAgain && !stopped);
      } catch (error) {
        onError(error);
      } finally {
        running = null;
      }
      await scheduleNextAttempt().catch(onError);
    })();
    return running;
  }

  return {
    syncNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
