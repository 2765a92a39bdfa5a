import { batchLimit, type ConflictCopies } from '../domain/mapping-api';
import { classifySendResult, retryDelayMs, type SendOutcome } from '../domain/sync-policy';
import type { DraftRecord, KompassDatabase, OutboxEntry } from './db';
import {
  dueOutboxEntries,
  markRevisionSent,
  markSending,
  mergeServerCopy,
  nextOutboxAttemptAt,
  openedDraft,
  recordSendProblem,
  recordSendRetry,
} from './draft-repository';
import { credentialEnded, credentialFor, type ExchangeLoginCode } from './draft-credentials';
import type { Refusal, SendMapping, SendMappings, SendResult } from './mapping-api-client';
import { sendStaffRecords, type SendStaffRecord } from './staff-records';
import { deviceIdOf } from './sync-settings';
import { lockSessions } from './device-lock';
import { sealLegacyLogins } from './participant-logins';
import { DraftLockedError } from './unlocked-keys';

export interface SyncNowOptions {
  /**
   * Send every queued draft now: the connection has just come back, so waits earned while
   * there was none say nothing about the server.
   */
  ignoringBackoff?: boolean;
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
  /** Opens a session with a participant's login code (typed on this device, perhaps offline). */
  exchangeLoginCode: ExchangeLoginCode;
  /** Sends what guides recorded here (remarks, assisted sessions); without it they stay on the device. */
  sendStaffRecord?: SendStaffRecord;
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
    exchangeLoginCode,
    sendStaffRecord,
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
  let merges = new Map<string, number>();
  let logins = new Set<string>();

  /** Records what one answer means for one draft. */
  async function settle(sending: Sending, outcome: SendOutcome, answer: Partial<SendResult>): Promise<void> {
    const { entry, draft } = sending;
    switch (outcome.kind) {
      case 'sent':
        return markRevisionSent(db, entry.mappingId, draft.revision, new Date(now()));
      case 'conflict':
        return mergeAndRequeue(entry, answer.conflict);
      case 'retry':
        return retryLater(entry, outcome.retryAfterMs);
      case 'signed_out':
        return logInAgain(sending);
      case 'quarantine':
        return recordSendProblem(db, entry.mappingId, draft.revision, { reason: 'rejected', status: outcome.status, ...refusalOrStatus(answer.refusal, outcome.status) });
    }
  }

  /** The session ended (expired, or the code was replaced): log in once more this run, then wait. */
  async function logInAgain({ entry, draft, token }: Sending): Promise<void> {
    await credentialEnded(db, draft, token);
    if (logins.has(entry.mappingId)) return retryLater(entry, null);
    logins.add(entry.mappingId);
    runAgain = true;
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

  function requestFor({ draft }: Sending, deviceId: string) {
    return { revision: draft.revision, baseRevision: draft.sentRevision, deviceId, content: draft.content };
  }

  async function sendOne(sending: Sending, deviceId: string): Promise<void> {
    await markSending(db, [sending.draft.id], now());
    const answer = await sendMapping(sending.mappingId, requestFor(sending, deviceId), sending.token);
    await settle(sending, classifySendResult(answer.status, answer.retryAfter, now()), answer);
  }

  /**
   * Many drafts of one session in one request. If the server refuses the batch as a whole (one
   * draft it will never accept), each goes on its own, so that one is found and the others still go.
   */
  async function sendBatch(batch: Sending[], send: SendMappings, deviceId: string): Promise<void> {
    await markSending(db, batch.map(({ draft }) => draft.id), now());
    const answer = await send(batch.map((sending) => ({ id: sending.mappingId, ...requestFor(sending, deviceId) })), batch[0]!.token);
    if (answer.results) {
      for (const result of answer.results) {
        const sending = batch.find((candidate) => candidate.mappingId === result.id);
        if (!sending) continue;
        if (result.status === 200) await settle(sending, { kind: 'sent' }, {});
        else if (result.status === 409) await settle(sending, { kind: 'conflict' }, { conflict: result });
        else if (result.status === 403) await settle(sending, { kind: 'quarantine', status: 403 }, { refusal: notTheirs });
        else await retryLater(sending.entry, null);
      }
      return;
    }
    const outcome = classifySendResult(answer.status, answer.retryAfter, now());
    if (outcome.kind === 'signed_out') {
      for (const sending of batch) await settle(sending, outcome, {});
      return;
    }
    if (outcome.kind === 'retry') {
      for (const { entry } of batch) await retryLater(entry, outcome.retryAfterMs);
      return;
    }
    for (const sending of batch) await sendOne(sending, deviceId);
  }

  /** Each due draft with the session it goes with; drafts no one can send yet wait, with backoff. */
  async function readyToSend(due: OutboxEntry[]): Promise<Sending[]> {
    const ready: Sending[] = [];
    for (const entry of due) {
      const stored = await db.drafts.get(entry.mappingId);
      if (!stored) continue;
      // A locked participant's draft waits: neither its answers nor its code can be read.
      const credential = await credentialFor(db, stored, exchangeLoginCode, new Date(now()));
      if (credential.kind !== 'ready') {
        await retryLater(entry, null);
        continue;
      }
      const draft = await openedDraft(db, stored).catch((error: unknown) => {
        if (error instanceof DraftLockedError) return null;
        throw error;
      });
      if (draft) ready.push({ entry, draft, token: credential.token, mappingId: credential.mappingId });
      else await retryLater(entry, null);
    }
    return ready;
  }

  // What a pass reads is what hasSyncWork (./sync-work) looks for before loading this runner.
  async function workThroughQueue(): Promise<void> {
    await sealLegacyLogins(db);
    const dueBy = ignoreBackoff ? Number.POSITIVE_INFINITY : now();
    ignoreBackoff = false;
    const due = await dueOutboxEntries(db, dueBy);
    if (due.length > 0) await sendDrafts(due);
    // The answers first: a guide's records go one request each, and on a slow line 50 of them
    // held the drafts back for minutes (bench/sync-slow-network.ts).
    // A pass asked for meanwhile (the line is back: backoff ignored) goes before the records
    // left, or a guide's 50 records, one request each, would hold back drafts just made due.
    if (sendStaffRecord) await sendStaffRecords(db, sendStaffRecord, () => !runAgain && !stopped);
    // Sessions left idle past their time end; one that ended while its drafts were still on
    // their way is wiped now they have arrived.
    await lockSessions(db, new Date(now()));
  }

  async function sendDrafts(due: OutboxEntry[]): Promise<void> {
    const deviceId = await deviceIdOf(db);
    const ready = await readyToSend(due);
    // One draft's trouble never holds up the others: each session's drafts go on their own.
    for (const sessionDrafts of groupedBySession(ready)) {
      if (sendMappings && sessionDrafts.length > 1) {
        for (let start = 0; start < sessionDrafts.length; start += batchLimit) {
          await sendBatch(sessionDrafts.slice(start, start + batchLimit), sendMappings, deviceId);
        }
      } else {
        for (const sending of sessionDrafts) await sendOne(sending, deviceId);
      }
    }
  }

  async function scheduleNextAttempt(): Promise<void> {
    clearTimeout(timer);
    const at = await nextOutboxAttemptAt(db);
    if (at === null || stopped) return;
    timer = setTimeout(() => void syncNow(), Math.max(0, at - now()));
  }

  function syncNow(options: SyncNowOptions = {}): Promise<void> {
    if (stopped) return Promise.resolve();
    if (options.ignoringBackoff) ignoreBackoff = true;
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      merges = new Map();
      logins = new Set();
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

/** One draft on its way: its queue entry, what is sent, with which session, to which mapping on the server. */
interface Sending {
  entry: OutboxEntry;
  draft: DraftRecord;
  token: string;
  mappingId: string;
}

function groupedBySession(ready: Sending[]): Sending[][] {
  const groups = new Map<string, Sending[]>();
  for (const sending of ready) groups.set(sending.token, [...(groups.get(sending.token) ?? []), sending]);
  return [...groups.values()];
}

const notTheirs: Refusal = { message: 'This session may not write this mapping', fields: [] };

function refusalOrStatus(refusal: Refusal | undefined, status: number): Refusal {
  return refusal ?? { message: `HTTP ${status}`, fields: [] };
}
