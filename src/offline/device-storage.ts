import Dexie from 'dexie';
import { openKompassDatabase, type KompassDatabase } from './db';

export interface DeviceStorage {
  db: KompassDatabase;
  /**
   * True when the browser would not open IndexedDB (a private window, storage switched off):
   * the app then runs on an in-memory database — everything works and syncs, but nothing
   * outlives the page, and the person is told so.
   */
  inMemory: boolean;
}

export async function openDeviceStorage(): Promise<DeviceStorage> {
  const db = openKompassDatabase();
  try {
    await db.open();
    return { db, inMemory: false };
  } catch (error) {
    console.error('Kompass: this browser would not open storage on the device; keeping answers in memory', error);
    db.close();
    // Loaded only here: the same database engine, in memory, so no code path differs. Set as
    // Dexie's default (not only this database's): its live queries check the default.
    const { indexedDB, IDBKeyRange } = await import('./memory-indexeddb');
    Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
    const memory = openKompassDatabase();
    await memory.open();
    return { db: memory, inMemory: true };
  }
}

export type StoragePromise = 'persistent' | 'best_effort' | 'memory';

export interface StorageState {
  promise: StoragePromise;
  /** Bytes used and available to this app, where the browser says. */
  usage: number | null;
  quota: number | null;
}

/** What the browser promises about this app's storage, for the guide's overview. */
export async function storageState(inMemory: boolean): Promise<StorageState> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = inMemory ? false : ((await navigator.storage?.persisted?.().catch(() => false)) ?? false);
  return {
    promise: inMemory ? 'memory' : persisted ? 'persistent' : 'best_effort',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}
