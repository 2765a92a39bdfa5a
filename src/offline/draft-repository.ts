import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../domain/canonical-json';
import type { AppLocale } from '../domain/app-locales';
import { emptyMappingContent, type MappingContent } from '../domain/mapping';
import type { ConflictCopies } from '../domain/mapping-api';
import type { DraftOwner } from '../domain/draft';
import { mergeMappings } from '../domain/merge-mapping';
import type { DraftRecord, KompassDatabase, OutboxEntry, SendProblem, StoredDraft } from './db';
import { restoreMapping } from '../domain/restore-mapping';
import { seal, unseal, type Sealed } from './login-keys';
import { DraftLockedError, keyOf, refreshKeys } from './unlocked-keys';

/** Drafts and their outbox entries change together, in one transaction, or not at all. */

/**
 * What a stored draft holds, opened with its owner's key when it is a participant's; null
 * while their session on this device is locked.
 */
async function contentOf(db: KompassDatabase, stored: StoredDraft): Promise<MappingContent | null> {
  if (stored.sealed === undefined) return restoreMapping(stored.content);
  const key = stored.owner?.kind === 'participant' ? await keyOf(db, stored.owner.loginId) : null;
  return key && restoreMapping(await unseal(key, stored.sealed, stored.id));
}

/** A change sealed with its owner's key as it was made, before its write began. */
export interface SealedAhead {
  content: MappingContent;
  loginId: string;
  sealed: Sealed;
}

/**
 * The answers as they are stored: sealed with the owner's key for a participant, else in the
 * clear. A change already sealed for this very owner is taken as it is.
 */
export async function storedContent(
  db: KompassDatabase,
  draft: Pick<StoredDraft, 'id' | 'owner'>,
  content: MappingContent,
  ahead: SealedAhead | null = null,
): Promise<Pick<StoredDraft, 'content' | 'sealed'>> {
  if (draft.owner?.kind !== 'participant') return { content, sealed: undefined };
  const key = await keyOf(db, draft.owner.loginId);
  if (!key) throw new DraftLockedError();
  if (ahead?.content === content && ahead.loginId === draft.owner.loginId) return { content: undefined, sealed: ahead.sealed };
  return { content: undefined, sealed: await seal(key, content, draft.id) };
}

async function startDraft(db: KompassDatabase, language: AppLocale, now: Date, id: string = uuidv7()): Promise<DraftRecord> {
  const draft: DraftRecord = {
    id,
    revision: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    content: emptyMappingContent(language),
    sentRevision: null,
    sentAt: null,
  };
  await db.transaction('rw', db.drafts, db.settings, async () => {
    await db.drafts.add(draft);
    await db.settings.put({ key: 'currentMappingId', value: draft.id });
  });
  return draft;
}

/** A draft with its answers; throws DraftLockedError while its owner's session here is locked. */
export async function readDraft(db: KompassDatabase, id: string): Promise<DraftRecord | undefined> {
  const stored = await db.drafts.get(id);
  if (!stored) return undefined;
  return openedDraft(db, stored);
}

function withoutSealed(stored: StoredDraft): Omit<StoredDraft, 'sealed' | 'content'> {
  const draft = { ...stored };
  delete draft.sealed;
  delete draft.content;
  return draft;
}

/** Every draft on this device, each with its answers, or null for a locked participant's. */
/**
 * Every draft on this device for the guide's overview, each with its answers — or null for a
 * participant whose session here has ended: their key may still be on the device until the
 * draft is sent, but what is shown (or saved as a file) is only what the person on screen may see.
 */
export async function draftsOnDevice(db: KompassDatabase, now: Date): Promise<(Omit<DraftRecord, 'content'> & { content: MappingContent | null })[]> {
  const [stored, open] = await Promise.all([db.drafts.toArray(), db.unlocked.filter((unlocked) => unlocked.lockAt > now.getTime()).primaryKeys()]);
  const shown = (draft: StoredDraft) => draft.owner?.kind !== 'participant' || open.includes(draft.owner.loginId);
  return Promise.all(stored.map(async (draft) => ({ ...withoutSealed(draft), content: shown(draft) ? await contentOf(db, draft) : null })));
}

export async function openedDraft(db: KompassDatabase, stored: StoredDraft): Promise<DraftRecord> {
  const content = await contentOf(db, stored);
  if (content === null) throw new DraftLockedError();
  return { ...withoutSealed(stored), content };
}

/**
 * The draft this device is working on, started on first use. One transaction, so two tabs
 * (or a component mounted twice) opening at once still end up with the same draft.
 */
export async function currentDraft(db: KompassDatabase, language: AppLocale, now: Date): Promise<DraftRecord> {
  await refreshKeys(db);
  return db.transaction('rw', db.drafts, db.settings, async () => {
    const setting = await db.settings.get('currentMappingId');
    const existing = setting && (await readDraft(db, setting.value));
    return existing ?? startDraft(db, language, now);
  });
}

/**
 * Makes this mapping the one on screen: the draft this device already holds of it, or a new
 * one under the id the server keeps it by (so device and server name it alike).
 */
export async function openDraftOf(db: KompassDatabase, mappingId: string, language: AppLocale, now: Date): Promise<DraftRecord> {
  await refreshKeys(db);
  return db.transaction('rw', db.drafts, db.settings, async () => {
    const existing = await readDraft(db, mappingId);
    if (!existing) return startDraft(db, language, now, mappingId);
    await db.settings.put({ key: 'currentMappingId', value: mappingId });
    return existing;
  });
}

/**
 * The draft becomes this owner's: a participant's answers are sealed with their key from now
 * on (and a draft moved to a new code is sealed anew with the new code's key).
 */
export async function adoptDraft(db: KompassDatabase, draft: DraftRecord, owner: DraftOwner): Promise<DraftRecord> {
  const adopted = { ...draft, owner };
  await db.drafts.update(draft.id, { owner, ...(await storedContent(db, adopted, draft.content)) });
  return adopted;
}

/**
 * Puts a change parked while the page was being left (see unsaved-journal) into the draft,
 * as a new revision, unless the draft already holds it or has moved on since.
 */
export async function recoverUnsavedChange(
  db: KompassDatabase,
  draft: DraftRecord,
  unsaved: ({ draftId: string; upToRevision: number | null } & ParkedContent) | null,
  now: Date,
): Promise<DraftRecord> {
  if (!unsaved || unsaved.draftId !== draft.id) return draft;
  // Another tab saved after this change was parked: what is stored is newer.
  if (unsaved.upToRevision !== null && draft.revision > unsaved.upToRevision) return draft;
  const parked = 'content' in unsaved ? unsaved.content : await openParked(db, draft, unsaved.sealed);
  if (parked === null) return draft;
  const content = restoreMapping(parked, draft.content.language);
  if (canonicalJson(content) === canonicalJson(draft.content)) return draft;
  const saved = await saveDraftContent(db, draft.id, content, now);
  return { ...draft, ...saved };
}

/** A change parked as the page was left (see unsaved-journal): in the clear, or sealed for a participant. */
export type ParkedContent = { content: unknown } | { sealed: Sealed };

/** A change parked sealed opens with its owner's key only; anything else is no change of theirs. */
async function openParked(db: KompassDatabase, draft: DraftRecord, sealed: Sealed): Promise<unknown> {
  const key = draft.owner?.kind === 'participant' ? await keyOf(db, draft.owner.loginId) : null;
  return key ? unseal(key, sealed, draft.id).catch(() => null) : null;
}

/**
 * An open screen that writes a draft; kept up to date here, inside the transaction, so that
 * writes queued one after another each see the one before.
 */
export interface DraftWriter {
  /** What the screen last handed to storage or took in from it: its next change changes that. */
  lastSent: MappingContent;
  /** The revision that holds exactly `lastSent`, or null when storage holds more (a merge). */
  lastRevision: number | null;
}

/**
 * Stores what is on screen as a new revision and queues it for sending. If the stored draft is
 * no longer what the screen last sent (a merge with another device's copy, another tab), only
 * the screen's change is applied to it — a three-way merge — instead of writing over it.
 * Otherwise the stored answers need not be opened, and a change `sealedAhead` is written as it
 * is: the transaction then waits on nothing but IndexedDB (a keystroke's save is a read and a
 * write of the draft and its outbox entry).
 */
export async function saveDraftContent(
  db: KompassDatabase,
  id: string,
  content: MappingContent,
  now: Date,
  writer?: DraftWriter,
  sealedAhead: Promise<SealedAhead | null> | null = null,
): Promise<{ revision: number; content: MappingContent }> {
  const [ahead] = await Promise.all([sealedAhead, refreshKeys(db)]);
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const [stored, queued] = await Promise.all([db.drafts.get(id), db.outbox.get(id)]);
    if (!stored) throw new Error('saveDraftContent: no such draft');
    const revision = stored.revision + 1;
    const stale = writer !== undefined && writer.lastRevision !== stored.revision;
    const written = stale ? mergeMappings(writer.lastSent, content, (await openedDraft(db, stored)).content).content : content;
    const { content: clear, sealed } = await storedContent(db, stored, written, ahead);
    await Promise.all([
      db.drafts.put({ ...withoutSealed(stored), ...(sealed ? { sealed } : { content: clear }), revision, updatedAt: now.toISOString() }),
      // A new revision keeps the channel's backoff but gets a fresh chance with the server.
      db.outbox.put({ mappingId: id, revision, failedAttempts: queued?.failedAttempts ?? 0, notBefore: queued?.notBefore ?? 0, problem: null }),
    ]);
    if (writer) {
      writer.lastSent = content;
      writer.lastRevision = written === content ? revision : null;
    }
    return { revision, content: written };
  });
}

/**
 * The server holds a copy another device wrote since this one's base: this device's draft is
 * merged with it (field by field against the common base; true conflicts keep both answers)
 * and queued again as a revision after the server's, built on it. Returns how many places
 * had two different answers.
 */
export async function mergeServerCopy(db: KompassDatabase, id: string, copies: ConflictCopies, now: Date): Promise<number> {
  await refreshKeys(db);
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const draft = await readDraft(db, id);
    if (!draft) return 0;
    const merged = mergeMappings(copies.base?.content ?? null, draft.content, copies.current.content);
    const revision = Math.max(draft.revision, copies.current.revision) + 1;
    await db.drafts.update(id, {
      ...(await storedContent(db, draft, merged.content)),
      revision,
      sentRevision: copies.current.revision,
      updatedAt: now.toISOString(),
    });
    await db.outbox.put({ mappingId: id, revision, failedAttempts: 0, notBefore: 0, problem: null });
    return merged.conflicts;
  });
}

export async function dueOutboxEntries(db: KompassDatabase, nowMs: number): Promise<OutboxEntry[]> {
  const due = await db.outbox.where('notBefore').belowOrEqual(nowMs).toArray();
  return due.filter((entry) => entry.problem === null);
}

/** When the runner should look again: the earliest backoff among entries still waiting. */
export async function nextOutboxAttemptAt(db: KompassDatabase): Promise<number | null> {
  const waiting = (await db.outbox.orderBy('notBefore').toArray()).find((entry) => entry.problem === null);
  return waiting?.notBefore ?? null;
}

export async function markRevisionSent(db: KompassDatabase, id: string, revision: number, sentAt: Date): Promise<void> {
  await db.transaction('rw', db.drafts, db.outbox, async () => {
    const draft = await db.drafts.get(id);
    if (draft && (draft.sentRevision ?? 0) < revision) {
      await db.drafts.update(id, { sentRevision: revision, sentAt: sentAt.toISOString() });
    }
    const queued = await db.outbox.get(id);
    // A save made while the request was under way stays queued.
    if (queued?.revision === revision) await db.outbox.delete(id);
    else if (queued) await db.outbox.update(id, { failedAttempts: 0, notBefore: 0, sendingSince: undefined });
  });
}

export async function recordSendRetry(db: KompassDatabase, id: string, notBefore: number): Promise<void> {
  await db.outbox
    .where('mappingId')
    .equals(id)
    .modify((entry) => {
      entry.failedAttempts += 1;
      entry.notBefore = notBefore;
      delete entry.sendingSince;
    });
}

/** Shown as "sending" until the answer comes (or long enough that none will). */
export async function markSending(db: KompassDatabase, ids: string[], nowMs: number): Promise<void> {
  await db.outbox.where('mappingId').anyOf(ids).modify({ sendingSince: nowMs });
}

/** Quarantine: this revision leaves the queue, with the server's reason, until the next save. */
export async function recordSendProblem(
  db: KompassDatabase,
  id: string,
  revision: number,
  problem: SendProblem,
): Promise<void> {
  await db.outbox
    .where('mappingId')
    .equals(id)
    .filter((entry) => entry.revision === revision)
    .modify((entry) => {
      entry.problem = problem;
      delete entry.sendingSince;
    });
}
