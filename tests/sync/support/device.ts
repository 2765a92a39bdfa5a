import type { Page } from 'playwright-core';
import type { MappingContent } from '../../../src/domain/mapping';
import type { Rig } from '../../e2e/support/sealed-storage';

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
 * with `loginCode` — checked by the server only when the app first sends) and wakes the sync
 * runner. The answers and the code are sealed with the person's key, as the app seals them.
 */
export async function saveOnDevice(page: Page, id: string, loginCode: string, content: MappingContent, ignoringBackoff: boolean): Promise<void> {
  await page.evaluate(
    async ({ id, loginCode, content, now, ignoringBackoff }) => {
      const rig = (window as unknown as { kompassRig: Rig }).kompassRig;
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const committed = (transaction: IDBTransaction) =>
        new Promise((resolve, reject) => {
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
      const db = await done(indexedDB.open('kompass'));
      const loginId = `rig-${loginCode}`;
      // WebCrypto cannot run inside an IndexedDB transaction: the key is fetched (or made) first.
      const known = (await done(db.transaction('unlocked').objectStore('unlocked').get(loginId))) as { key: CryptoKey } | undefined;
      const key = known?.key ?? (await rig.newKey());
      const sealed = await rig.seal(key, content, id);
      const secrets = await rig.seal(key, { loginCode, token: null }, loginId);
      const transaction = db.transaction(['drafts', 'outbox', 'codeLogins', 'unlocked'], 'readwrite');
      const drafts = transaction.objectStore('drafts');
      const outbox = transaction.objectStore('outbox');
      if (!known) transaction.objectStore('unlocked').put({ loginId, key, lockAt: Number.MAX_SAFE_INTEGER });
      const codeLogins = transaction.objectStore('codeLogins');
      const draft = (await done(drafts.get(id))) as { revision: number } | undefined;
      const revision = (draft?.revision ?? 0) + 1;
      const owner = { kind: 'participant', loginId };
      drafts.put(draft ? { ...draft, sealed, revision, updatedAt: now } : { id, revision, createdAt: now, updatedAt: now, sealed, sentRevision: null, sentAt: null, owner });
      if ((await done(codeLogins.get(loginId))) === undefined) codeLogins.put({ loginId, secrets, mappingId: null, refusedAt: null });
      const queued = (await done(outbox.get(id))) as { failedAttempts: number; notBefore: number } | undefined;
      outbox.put({ mappingId: id, revision, failedAttempts: queued?.failedAttempts ?? 0, notBefore: queued?.notBefore ?? 0, problem: null });
      await committed(transaction);
      db.close();
      window.dispatchEvent(new CustomEvent('kompass:sync-now', { detail: { ignoringBackoff } }));
    },
    { id, loginCode, content, now: new Date().toISOString(), ignoringBackoff },
  );
}

/** Everything the device holds: its drafts (opened with their person's key) and what is still queued. */
export async function readDevice(page: Page): Promise<{ drafts: StoredDraft[]; outbox: QueuedEntry[] }> {
  return page.evaluate(async () => {
    const rig = (window as unknown as { kompassRig: Rig }).kompassRig;
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('kompass'));
    const transaction = db.transaction(['drafts', 'outbox', 'unlocked']);
    const [drafts, outbox, unlocked] = await Promise.all([
      done(transaction.objectStore('drafts').getAll()),
      done(transaction.objectStore('outbox').getAll()),
      done(transaction.objectStore('unlocked').getAll()),
    ]);
    db.close();
    const keys = new Map((unlocked as { loginId: string; key: CryptoKey }[]).map((row) => [row.loginId, row.key]));
    const opened = await Promise.all(
      (drafts as (StoredDraft & { sealed?: { iv: string; data: string }; owner?: { loginId?: string } })[]).map(async ({ sealed, ...draft }) => ({
        ...draft,
        content: sealed ? ((await rig.unseal(keys.get(draft.owner!.loginId!)!, sealed, draft.id)) as MappingContent) : draft.content,
      })),
    );
    return { drafts: opened, outbox };
  });
}

/** The connection is back (as the `online` event says): send everything now. */
export async function sendEverythingNow(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('kompass:sync-now', { detail: { ignoringBackoff: true } })));
}
