import Dexie from 'dexie';
import type { KompassDatabase } from './db';

/**
 * The key of a participant's open session on this device, or null once it is locked. Read
 * outside any transaction under way (whose tables may not include the keys) while keeping that
 * transaction alive, so sealing and opening drafts works inside the repository's transactions.
 * (So a transaction that writes `unlocked` itself must not call this: it would wait for itself.)
 */
export async function keyOf(db: KompassDatabase, loginId: string): Promise<CryptoKey | null> {
  const unlocked = await Dexie.waitFor(Dexie.ignoreTransaction(() => db.unlocked.get(loginId)));
  return unlocked?.key ?? null;
}

/** A participant's draft was asked for while their session on this device is locked. */
export class DraftLockedError extends Error {
  constructor() {
    super('This draft is locked: its owner must type their login code');
    this.name = 'DraftLockedError';
  }
}
