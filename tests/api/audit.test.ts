import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../server/audit/audit-log';
import { startTestServer } from './support/test-server';
import { staffSession } from './support/workspace';

/**
 * The audit log: who read or changed a person's data, kept append-only, searched by
 * administrators and reported to the person. Persons live in Bergen (4601, county 46).
 */

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the audit table', () => {
  it('keeps a snapshot of who it was, and refuses to be changed or deleted outside the retention sweep', async () => {
    const { db } = server.database;
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const personId = randomUUID();
    await recordAuditEvent(db, {
      at: new Date(),
      staffId: guide.staffId,
      action: 'read_person',
      outcome: 'allowed',
      personId,
      purpose: 'print',
      route: 'GET /api/persons/:id',
      detail: { note: 'test' },
    });
    const row = await db.selectFrom('audit_events').selectAll().where('person_id', '=', personId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ staff_name: 'Test guide', role: 'guide', area: '4601', outcome: 'allowed', purpose: 'print', detail: { note: 'test' } });

    await expect(db.updateTable('audit_events').set({ action: 'nothing' }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only/);
    // The sweep's transaction says so, and only it may delete.
    await db.transaction().execute(async (trx) => {
      await sql`set local kompass.retention = 'on'`.execute(trx);
      await expect(trx.updateTable('audit_events').set({ action: 'nothing' }).where('id', '=', row.id).execute()).rejects.toThrow(/append-only/);
    });
    await db.transaction().execute(async (trx) => {
      await sql`set local kompass.retention = 'on'`.execute(trx);
      await trx.deleteFrom('audit_events').where('id', '=', row.id).execute();
    });
    expect(await db.selectFrom('audit_events').select('id').where('person_id', '=', personId).execute()).toEqual([]);
    // The setting ended with its transaction.
    await recordAuditEvent(db, { at: new Date(), staffId: null, action: 'log_in', outcome: 'failed', personId });
    await expect(db.deleteFrom('audit_events').where('person_id', '=', personId).execute()).rejects.toThrow(/append-only/);
  });
});
