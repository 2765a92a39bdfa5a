import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../domain/canonical-json';
import type { AppLocale } from '../domain/app-locales';
import { emptyMappingContent, type MappingContent } from '../domain/mapping';
import type { DraftRecord, KompassDatabase, OutboxEntry } from './db';
import { restoreMapping } from '../domain/restore-mapping';

/** Drafts and their outbox entries change together, in one transaction, or not at all. */

async function startDraft(db: KompassDatabase, language: AppLocale, now: Date): Promise<DraftRecord> {
  const draft: DraftRecord = {
    id: uuidv7(),
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

export async function readDraft(db: KompassDatabase, id: string): Promise<DraftRecord | undefined> {
  const stored = await db.drafts.get(id);
  return stored && { ...stored, content: restoreMapping(stored.content) };
}

/**
 * The draft this device is working on, started on first use. One transaction, so two tabs
 * (or a component mounted twice) opening at once still end up with the same draft.
 */
export async function currentDraft(db: KompassDatabase, language: AppLocale, now: Date): Promise<DraftRecord> {
  return db.transaction('rw', db.drafts, db.settings, async () => {
    const setting = await db.settings.get('currentMappingId');
    const existing = setting && (await readDraft(db, setting.value));
    return existing ?? startDraft(db, language, now);
  });
}

/**
 * Puts a change parked while the page was being left (see unsaved-journal) into the draft,
 * as a new revision, unless the draft already holds it or has moved on since.
 */
export async function recoverUnsavedChange(
  db: KompassDatabase,
  draft: DraftRecord,
  unsaved: { draftId: string; content: unknown; upToRevision: number | null } | null,
  now: Date,
): Promise<DraftRecord> {
  if (!unsaved || unsaved.draftId !== draft.id) return draft;
  // Another tab saved after this change was parked: what is stored is newer.
  if (unsaved.upToRevision !== null && draft.revision > unsaved.upToRevision) return draft;
  const content = restoreMapping(unsaved.content, draft.content.language);
  if (canonicalJson(content) === canonicalJson(draft.content)) return draft;
  const revision = await saveDraftContent(db, draft.id, content, now);
  return { ...draft, content, revision };
}

/** Stores what is on screen as a new revision and queues it for sending. */
export async function saveDraftContent(
  db: KompassDatabase,
  id: string,
  content: MappingContent,
  now: Date,
): Promise<number> {
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const draft = await db.drafts.get(id);
    if (!draft) throw new Error('saveDraftContent: no such draft');
    const revision = draft.revision + 1;
    await db.drafts.update(id, { content, revision, updatedAt: now.toISOString() });
    const queued = await db.outbox.get(id);
    // A new revision keeps the channel's backoff but gets a fresh chance with the server.
    await db.outbox.put({
      mappingId: id,
      revision,
      failedAttempts: queued?.failedAttempts ?? 0,
      notBefore: queued?.notBefore ?? 0,
      problem: null,
    });
    return revision;
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
    else if (queued) await db.outbox.update(id, { failedAttempts: 0, notBefore: 0 });
  });
}

export async function recordSendRetry(db: KompassDatabase, id: string, notBefore: number): Promise<void> {
  await db.outbox
    .where('mappingId')
    .equals(id)
    .modify((entry) => {
      entry.failedAttempts += 1;
      entry.notBefore = notBefore;
    });
}

export async function recordSendProblem(
  db: KompassDatabase,
  id: string,
  revision: number,
  problem: NonNullable<OutboxEntry['problem']>,
): Promise<void> {
  await db.outbox
    .where('mappingId')
    .equals(id)
    .filter((entry) => entry.revision === revision)
    .modify({ problem });
}
