import Dexie, { type EntityTable } from 'dexie';
import type { DraftRecord } from '../domain/draft';
import type { MappingContent } from '../domain/mapping';
import type { Sealed } from './login-keys';

export type { DraftRecord };

/**
 * A draft as IndexedDB holds it. A participant's answers are sealed with the key their login
 * code opens, so the next person at a shared device cannot read them; a draft no participant
 * owns yet (still empty) and a guide's assisted session (on the guide's logged-in device) are
 * kept in the clear. Only draft-repository reads and writes `content`/`sealed`.
 */
export interface StoredDraft extends Omit<DraftRecord, 'content'> {
  content?: MappingContent;
  sealed?: Sealed;
}

/** Why the server will never take a revision as it is: kept with the draft until a person acts. */
export interface SendProblem {
  reason: 'rejected';
  status: number;
  /** The server's reason, in English, for the guide (the person gets a translated sentence). */
  message: string;
  fields: { path: string; message: string }[];
}

/** "Send mapping X at revision r": one row per mapping, so saves coalesce. */
export interface OutboxEntry {
  mappingId: string;
  revision: number;
  failedAttempts: number;
  /** Epoch milliseconds before which the runner leaves this entry alone (backoff). */
  notBefore: number;
  /** Set when the server refused this revision for good (quarantine); cleared by the next save. */
  problem: SendProblem | null;
  /** When the runner last started sending this entry (shown as "sending" for a while). */
  sendingSince?: number;
}

export interface SettingRecord {
  /** `deviceId`: random, made once; tells the server which revisions came from this device. */
  key: 'currentMappingId' | 'locale' | 'mappingPosition' | 'deviceId' | 'deviceSalt' | 'staffSession' | 'staffActiveAt' | 'workspaceCache' | 'assistedSession';
  value: string;
}

/**
 * A login code typed on this device, filed under the id the code derives (never the code
 * itself), and what the server said about it: the person's mapping, or that the code is not in
 * force. The code and the session it opened are sealed with the person's key (the code is
 * needed again to log in at the first send when it was typed offline).
 */
export interface ParticipantLogin {
  loginId: string;
  secrets: Sealed;
  /** The server's id of the person's mapping, where this device's draft is sent. */
  mappingId: string | null;
  refusedAt: string | null;
}

export interface LoginSecrets {
  loginCode: string;
  token: string | null;
}

/**
 * A participant's key while their session on this device is open: until `lockAt` (pushed on
 * by their activity) or until they pass the device on. Non-extractable: it can seal and open
 * but never be read out.
 */
export interface UnlockedLogin {
  loginId: string;
  key: CryptoKey;
  lockAt: number;
}

/** Before drafts were sealed (version 3): the code in the clear. Read once, by the upgrade. */
export interface LegacyLogin {
  loginCode: string;
  token: string | null;
  mappingId: string | null;
  refusedAt: string | null;
}

/**
 * What a guide recorded on this device for the server, kept until the server has it: a remark
 * written during an assisted session, or the session itself (when, language, interpreter).
 */
export interface StaffRecord {
  /** Also the id the server stores it by, so sending it twice records it once. */
  id: string;
  personId: string;
  kind: 'remark' | 'assisted_session';
  body: Record<string, unknown>;
  createdAt: string;
  /** The server's status when it refused it for good; kept for the guide, never sent again. */
  refusedStatus?: number;
}

export type KompassDatabase = Dexie & {
  staffRecords: EntityTable<StaffRecord, 'id'>;
  logins: EntityTable<LegacyLogin, 'loginCode'>;
  codeLogins: EntityTable<ParticipantLogin, 'loginId'>;
  unlocked: EntityTable<UnlockedLogin, 'loginId'>;
  drafts: EntityTable<StoredDraft, 'id'>;
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
  // The first release parked every 409 as a problem; today's runner merges them, so they go
  // back in the queue. Its refusals carried no reason: they get the status as one.
  db.version(2)
    .stores({})
    .upgrade((transaction) =>
      transaction
        .table<OutboxEntry>('outbox')
        .toCollection()
        .modify((entry) => {
          const problem = entry.problem as { reason: string; status: number; message?: string; fields?: SendProblem['fields'] } | null;
          if (problem?.reason === 'conflict') entry.problem = null;
          else if (problem) entry.problem = { reason: 'rejected', status: problem.status, message: problem.message ?? `HTTP ${problem.status}`, fields: problem.fields ?? [] };
        }),
    );
  // Logins: drafts now belong to a participant's code or an assisted session (DraftRecord.owner);
  // staff records: what a guide wrote in an assisted session, waiting for the server.
  // A 401 no longer pauses the whole device (each draft's own login is asked for instead).
  db.version(3)
    .stores({ logins: 'loginCode', staffRecords: 'id' })
    .upgrade((transaction) => transaction.table('settings').delete('syncPausedAt'));
  // Drafts sealed per participant: logins filed by the id the code derives, and the keys of
  // open sessions. Deriving a key takes WebCrypto, which an upgrade transaction cannot wait
  // for, so version 3's logins are sealed after opening (sealLegacyLogins) and then removed.
  db.version(4).stores({ codeLogins: 'loginId', unlocked: 'loginId' });
  return db;
}
