import { batchLimit } from '../domain/mapping-api';
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
import type { SendMapping, SendMappings } from './mapping-api-client';

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
  /** Sends several drafts in one request; without it every draft goes on its own. */
  sendMappings?: SendMappings;
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
    sendMappings,
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

  /**
   * Many drafts in one request. If the server refuses the batch as a whole (one draft it will
   * never accept), each goes on its own, so that one is found and the others still go.
   */
  async function sendBatch(entries: OutboxEntry[], send: SendMappings): Promise<void> {
    const drafts = (await Promise.all(entries.map((entry) => readDraft(db, entry.mappingId)))).filter((draft) => draft !== undefined);
    if (drafts.length === 0) return;
    const sent = drafts.map((draft) => ({ id: draft.id, revision: draft.revision, baseRevision: draft.sentRevision, content: draft.content }));
    const answer = await send(sent);
    if (answer.results) {
      for (const result of answer.results) {
        const revision = sent.find((item) => item.id === result.id)?.revision;
        if (revision === undefined) continue;
        if (result.status === 200) await markRevisionSent(db, result.id, revision, new Date(now()));
        else await recordSendProblem(db, result.id, revision, { reason: 'conflict', status: 409 });
      }
      return;
    }
    const outcome = classifySendResult(answer.status, answer.retryAfter, now());
    if (outcome.kind === 'retry') {
      for (const entry of entries) {
        await recordSendRetry(db, entry.mappingId, now() + retryDelayMs(entry.failedAttempts + 1, random(), outcome.retryAfterMs));
      }
    } else {
      for (const entry of entries) await sendOne(entry);
    }
  }

  async function workThroughQueue(): Promise<void> {
    const dueBy = ignoreBackoff ? Number.POSITIVE_INFINITY : now();
    ignoreBackoff = false;
    const due = await dueOutboxEntries(db, dueBy);
    if (sendMappings && due.length > 1) {
      for (let start = 0; start < due.length; start += batchLimit) await sendBatch(due.slice(start, start + batchLimit), sendMappings);
      return;
    }
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
