import Dexie from 'dexie';
import type { KompassDatabase } from './db';

/**
 * The keys of participants' open sessions on this device, as last read from `unlocked`.
 * Sealing and opening happen inside the repository's transactions, which must not wait on
 * another store (IndexedDB would queue that read behind writers that wait for this very
 * transaction), so the keys are read before a transaction starts and looked up here inside it.
 */
const keyrings = new WeakMap<KompassDatabase, Map<string, CryptoKey>>();

/** Reads the keys afresh; inside a transaction it keeps what was read before that transaction began. */
export async function refreshKeys(db: KompassDatabase): Promise<void> {
  if (Dexie.currentTransaction) return;
  const unlocked = await db.unlocked.toArray();
  keyrings.set(db, new Map(unlocked.map((row) => [row.loginId, row.key])));
}

/** The key of a participant's open session on this device, or null once it is gone. */
export async function keyOf(db: KompassDatabase, loginId: string): Promise<CryptoKey | null> {
  await refreshKeys(db);
  return keyrings.get(db)?.get(loginId) ?? null;
}

/** A participant's draft was asked for while their session on this device is locked. */
export class DraftLockedError extends Error {
  constructor() {
    super('This draft is locked: its owner must type their login code');
    this.name = 'DraftLockedError';
  }
}
