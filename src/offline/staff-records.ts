import { v7 as uuidv7 } from 'uuid';
import { purposeHeader } from '../domain/audit-api';
import type { MappingPart } from '../domain/mapping-flow';
import type { KompassDatabase, StaffRecord } from './db';
import { forgetStaffSession, staffSessionOf } from './staff-session';

/** Sends one record with the guide's session; the HTTP status, or null when no answer came. */
export type SendStaffRecord = (record: StaffRecord, token: string) => Promise<number | null>;

export async function queueRemark(db: KompassDatabase, personId: string, remark: { part: MappingPart; text: string }, now: Date): Promise<void> {
  const id = uuidv7();
  await db.staffRecords.add({ id, personId, kind: 'remark', body: { id, ...remark }, createdAt: now.toISOString() });
}

export async function queueAssistedSession(
  db: KompassDatabase,
  personId: string,
  session: { startedAt: string; finishedAt: string; interpreterPresent: boolean; language: string },
  now: Date,
): Promise<void> {
  const id = uuidv7();
  await db.staffRecords.add({ id, personId, kind: 'assisted_session', body: { id, ...session }, createdAt: now.toISOString() });
}

/**
 * Sends what guides recorded on this device, oldest first, while the guide's session lasts.
 * The server keeps each once (by its id), so a record whose reply was lost is simply sent again.
 */
export async function sendStaffRecords(db: KompassDatabase, send: SendStaffRecord, stillWanted: () => boolean = () => true): Promise<void> {
  const waiting = (await db.staffRecords.orderBy('id').toArray()).filter((record) => record.refusedStatus === undefined);
  for (const record of waiting) {
    if (!stillWanted()) return;
    const session = await staffSessionOf(db);
    if (!session) return;
    const status = await send(record, session.token);
    if (status === null || status === 408 || status === 429 || status >= 500) return;
    if (status === 401) {
      if ((await staffSessionOf(db))?.token === session.token) await forgetStaffSession(db);
      return;
    }
    if (status >= 200 && status < 300) await db.staffRecords.delete(record.id);
    else await db.staffRecords.update(record.id, { refusedStatus: status });
  }
}

export function createStaffRecordSender(apiBase: string): SendStaffRecord {
  return async (record, token) => {
    const path = record.kind === 'remark' ? 'remarks' : 'assisted-sessions';
    try {
      const response = await fetch(`${apiBase}/api/persons/${encodeURIComponent(record.personId)}/${path}`, {
        method: 'POST',
        // Only the assisted session queues records on the device.
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [purposeHeader]: 'assisted_session' },
        body: JSON.stringify(record.body),
        signal: AbortSignal.timeout(20_000),
      });
      // Read to the end: a body left unread keeps the request open until the timeout aborts it.
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return null;
    }
  };
}
