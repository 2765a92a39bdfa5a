import { batchLimit, type ConflictCopies } from '../domain/mapping-api';
import { classifySendResult, retryDelayMs, type SendOutcome } from '../domain/sync-policy';
import type { DraftRecord, KompassDatabase, OutboxEntry } from './db';
import {
  dueOutboxEntries,
  markRevisionSent,
  markSending,
  mergeServerCopy,
  nextOutboxAttemptAt,
  readDraft,
  recordSendProblem,
  recordSendRetry,
} from './draft-repository';
import type { Refusal, SendMapping, SendMappings, SendResult } from './mapping-api-client';
import { deviceIdOf, pauseSync, resumeSync, syncPausedAt } from './sync-settings';

export interface SyncNowOptions {
  /**
   * Send every queued draft now: the connection has just come back, so waits earned while
   * there was none say nothing about the server.
   */
  ignoringBackoff?: boolean;
  /** Try again after a 401 paused sending (a new page, a new login, a person asked). */
  resume?: boolean;
}

export interface SyncRunner {
  /** Sends everything that is due; resolves when this device's queue has been worked through. */
  syncNow(options?: SyncNowOptions): Promise<void>;
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
/** Another device writing between every merge and resend is not worth chasing in one go. */
const mergesPerDraftPerRun = 3;

async function webLockOrDirect(work: () => Promise<void>): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.locks) await navigator.locks.request(lockName, work);
  else await work();
}

/**
 * The one place that talks to the server about drafts. Decisions (what counts as sent,
 * how long to wait, how to merge) come from the domain; this only reads, sends and records.
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
  let resume = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let merges = new Map<string, number>();

  /** Records what one answer means for one draft; false when all sending must stop (401). */
  async function settle(entry: OutboxEntry, revision: number, outcome: SendOutcome, answer: Partial<SendResult>): Promise<boolean> {
    switch (outcome.kind) {
      case 'sent':
        await markRevisionSent(db, entry.mappingId, revision, new Date(now()));
        return true;
      case 'conflict':
        await mergeAndRequeue(entry, answer.conflict);
        return true;
      case 'retry':
        await retryLater(entry, outcome.retryAfterMs);
        return true;
      case 'signed_out':
        await pauseSync(db, new Date(now()));
        return false;
      case 'quarantine':
        await recordSendProblem(db, entry.mappingId, revision, { reason: 'rejected', status: outcome.status, ...refusalOrStatus(answer.refusal, outcome.status) });
        return true;
    }
  }

  async function retryLater(entry: OutboxEntry, retryAfterMs: number | null): Promise<void> {
    await recordSendRetry(db, entry.mappingId, now() + retryDelayMs(entry.failedAttempts + 1, random(), retryAfterMs));
  }

  async function mergeAndRequeue(entry: OutboxEntry, copies: ConflictCopies | undefined): Promise<void> {
    const count = merges.get(entry.mappingId) ?? 0;
    if (!copies || count >= mergesPerDraftPerRun) return retryLater(entry, null);
    merges.set(entry.mappingId, count + 1);
    await mergeServerCopy(db, entry.mappingId, copies, new Date(now()));
    runAgain = true;
  }

  function requestFor(draft: DraftRecord, deviceId: string) {
    return { revision: draft.revision, baseRevision: draft.sentRevision, deviceId, content: draft.content };
  }

  async function sendOne(entry: OutboxEntry, deviceId: string): Promise<boolean> {
    const draft = await readDraft(db, entry.mappingId);
    if (!draft) return true;
    await markSending(db, [draft.id], now());
    const answer = await sendMapping(draft.id, requestFor(draft, deviceId));
    return settle(entry, draft.revision, classifySendResult(answer.status, answer.retryAfter, now()), answer);
  }

  /**
   * Many drafts in one request. If the server refuses the batch as a whole (one draft it will
   * never accept), each goes on its own, so that one is found and the others still go.
   */
  async function sendBatch(entries: OutboxEntry[], send: SendMappings, deviceId: string): Promise<boolean> {
    const drafts = (await Promise.all(entries.map((entry) => readDraft(db, entry.mappingId)))).filter((draft) => draft !== undefined);
    if (drafts.length === 0) return true;
    await markSending(db, drafts.map((draft) => draft.id), now());
    const sent = drafts.map((draft) => ({ id: draft.id, ...requestFor(draft, deviceId) }));
    const answer = await send(sent);
    if (answer.results) {
      for (const result of answer.results) {
        const entry = entries.find((candidate) => candidate.mappingId === result.id);
        const revision = sent.find((item) => item.id === result.id)?.revision;
        if (!entry || revision === undefined) continue;
        if (result.status === 200) await settle(entry, revision, { kind: 'sent' }, {});
        else if (result.status === 409) await settle(entry, revision, { kind: 'conflict' }, { conflict: result });
        else await retryLater(entry, null);
      }
      return true;
    }
    const outcome = classifySendResult(answer.status, answer.retryAfter, now());
    if (outcome.kind === 'signed_out') {
      await pauseSync(db, new Date(now()));
      return false;
    }
    if (outcome.kind === 'retry') {
      for (const entry of entries) await retryLater(entry, outcome.retryAfterMs);
      return true;
    }
    for (const entry of entries) if (!(await sendOne(entry, deviceId))) return false;
    return true;
  }

  async function workThroughQueue(): Promise<void> {
    if (resume) await resumeSync(db);
    resume = false;
    if ((await syncPausedAt(db)) !== null) return;
    const dueBy = ignoreBackoff ? Number.POSITIVE_INFINITY : now();
    ignoreBackoff = false;
    const due = await dueOutboxEntries(db, dueBy);
    if (due.length === 0) return;
    const deviceId = await deviceIdOf(db);
    if (sendMappings && due.length > 1) {
      for (let start = 0; start < due.length; start += batchLimit) {
        if (!(await sendBatch(due.slice(start, start + batchLimit), sendMappings, deviceId))) return;
      }
      return;
    }
    // One draft's trouble never holds up the others; only a 401 stops them all.
    for (const entry of due) if (!(await sendOne(entry, deviceId))) return;
  }

  async function scheduleNextAttempt(): Promise<void> {
    clearTimeout(timer);
    const at = (await syncPausedAt(db)) === null ? await nextOutboxAttemptAt(db) : null;
    if (at === null || stopped) return;
    timer = setTimeout(() => void syncNow(), Math.max(0, at - now()));
  }

  function syncNow(options: SyncNowOptions = {}): Promise<void> {
    if (stopped) return Promise.resolve();
    if (options.ignoringBackoff) ignoreBackoff = true;
    if (options.resume) resume = true;
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      merges = new Map();
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

function refusalOrStatus(refusal: Refusal | undefined, status: number): Refusal {
  return refusal ?? { message: `HTTP ${status}`, fields: [] };
}
