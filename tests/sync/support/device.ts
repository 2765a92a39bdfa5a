import type { Page } from 'playwright-core';
import type { MappingContent } from '../../../src/domain/mapping';

/**
 * One device in the fault run: a browser context with Kompass open. Drafts are written the way
 * the app's own saves write them (draft and outbox entry in one IndexedDB transaction), then
 * the app is asked to send, as its "Send now" button does; everything after that — queue,
 * retries, batches, merges — is the app's real sync code.
 */

export interface StoredDraft {
  id: string;
  revision: number;
  sentRevision: number | null;
  content: MappingContent;
}

export interface QueuedEntry {
  mappingId: string;
  revision: number;
  problem: unknown;
}

/**
 * Stores a new revision of a draft (creating it at revision 1, as the person's who logged in
 * with `loginCode` — checked by the server only when the app first sends) and wakes the sync runner.
 */
export async function saveOnDevice(page: Page, id: string, loginCode: string, content: MappingContent, ignoringBackoff: boolean): Promise<void> {
  await page.evaluate(
    async ({ id, loginCode, content, now, ignoringBackoff }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await done(indexedDB.open('kompass'));
      const transaction = db.transaction(['drafts', 'outbox', 'logins'], 'readwrite');
      const drafts = transaction.objectStore('drafts');
      const outbox = transaction.objectStore('outbox');
      const logins = transaction.objectStore('logins');
      const draft = (await done(drafts.get(id))) as { revision: number } | undefined;
      const revision = (draft?.revision ?? 0) + 1;
      const owner = { kind: 'participant', loginCode };
      drafts.put(draft ? { ...draft, content, revision, updatedAt: now } : { id, revision, createdAt: now, updatedAt: now, content, sentRevision: null, sentAt: null, owner });
      if ((await done(logins.get(loginCode))) === undefined) logins.put({ loginCode, token: null, mappingId: null, refusedAt: null });
      const queued = (await done(outbox.get(id))) as { failedAttempts: number; notBefore: number } | undefined;
      outbox.put({ mappingId: id, revision, failedAttempts: queued?.failedAttempts ?? 0, notBefore: queued?.notBefore ?? 0, problem: null });
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      window.dispatchEvent(new CustomEvent('kompass:sync-now', { detail: { ignoringBackoff } }));
    },
    { id, loginCode, content, now: new Date().toISOString(), ignoringBackoff },
  );
}

/** Everything the device holds: its drafts and what is still queued. */
export async function readDevice(page: Page): Promise<{ drafts: StoredDraft[]; outbox: QueuedEntry[] }> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('kompass'));
    const transaction = db.transaction(['drafts', 'outbox']);
    const [drafts, outbox] = await Promise.all([done(transaction.objectStore('drafts').getAll()), done(transaction.objectStore('outbox').getAll())]);
    db.close();
    return { drafts, outbox };
  });
}

/** The connection is back (as the `online` event says): send everything now. */
export async function sendEverythingNow(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('kompass:sync-now', { detail: { ignoringBackoff: true } })));
}
