import Dexie, { type EntityTable } from 'dexie';
import type { MappingContent } from '../domain/mapping';

/** A mapping as this device holds it. */
export interface DraftRecord {
  id: string;
  /** Bumped by every local save; the server stores each revision it receives once. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  content: MappingContent;
  /** The newest revision the server has confirmed, and when. */
  sentRevision: number | null;
  sentAt: string | null;
}

/** "Send mapping X at revision r": one row per mapping, so saves coalesce. */
export interface OutboxEntry {
  mappingId: string;
  revision: number;
  failedAttempts: number;
  /** Epoch milliseconds before which the runner leaves this entry alone (backoff). */
  notBefore: number;
  /** Set when the server refused this revision for good; cleared by the next save. */
  problem: { reason: 'conflict' | 'rejected'; status: number } | null;
}

export interface SettingRecord {
  key: 'currentMappingId' | 'locale' | 'mappingPosition';
  value: string;
}

export type KompassDatabase = Dexie & {
  drafts: EntityTable<DraftRecord, 'id'>;
  outbox: EntityTable<OutboxEntry, 'mappingId'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

const databaseName = 'kompass';

/**
 * Opens the device database. Each schema change is a new `version(n)` with an upgrade
 * function; old versions stay listed so any older device upgrades step by step.
 */
export function openKompassDatabase(name: string = databaseName): KompassDatabase {
  // 'strict': a save is on disk, not just in the OS cache, before it counts as done, so a
  // flat battery right after a keystroke does not take that keystroke with it.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KompassDatabase;
  db.version(1).stores({
    drafts: 'id, updatedAt',
    outbox: 'mappingId, notBefore',
    settings: 'key',
  });
  return db;
}
