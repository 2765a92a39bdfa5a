import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../server/audit/audit-log';
import { erasePerson } from '../../server/services/retention';
import { emptyMappingContent } from '../../src/domain/mapping';
import { startTestServer } from './support/test-server';
import { bearer, participantSession, registerPerson, staffSession } from './support/workspace';

/**
 * The audit log: who read or changed a person's data, kept append-only, searched by
 * administrators and reported to the person. Persons live in Bergen (4601, county 46).
 */

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

/** The events about one person, oldest first. */
function eventsAbout(personId: string, on: Server = server) {
  return on.database.db
    .selectFrom('audit_events')
    .select(['staff_id', 'staff_name', 'role', 'area', 'action', 'outcome', 'purpose', 'route'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
}

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

describe('logging staff access to a person', () => {
  it("logs every look at and change of a person's data by staff, refused ones too, with the purpose given", async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const elsewhere = await staffSession(server, { role: 'guide', municipality: '0301' });
    const person = await registerPerson(server, guide.token);

    const read = await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: { ...bearer(guide.token), 'kompass-purpose': 'print' } });
    expect(read.statusCode).toBe(200);
    const remark = await server.app.inject({
      method: 'POST',
      url: `/api/persons/${person.id}/remarks`,
      headers: bearer(guide.token),
      payload: { part: 'work', text: 'Har også jobbet som frisør.' },
    });
    expect(remark.statusCode).toBe(201);
    const refused = await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(elsewhere.token) });
    expect(refused.statusCode).toBe(403);

    expect(await eventsAbout(person.id)).toEqual([
      { staff_id: guide.staffId, staff_name: 'Test guide', role: 'guide', area: '4601', action: 'register_person', outcome: 'allowed', purpose: null, route: 'POST /api/persons' },
      { staff_id: guide.staffId, staff_name: 'Test guide', role: 'guide', area: '4601', action: 'read_person', outcome: 'allowed', purpose: 'print', route: 'GET /api/persons/:id' },
      { staff_id: guide.staffId, staff_name: 'Test guide', role: 'guide', area: '4601', action: 'write_remark', outcome: 'allowed', purpose: null, route: 'POST /api/persons/:id/remarks' },
      { staff_id: elsewhere.staffId, staff_name: 'Test guide', role: 'guide', area: '0301', action: 'read_person', outcome: 'denied', purpose: null, route: 'GET /api/persons/:id' },
    ]);
  });

  it('refuses a purpose outside the closed set, and logs nothing for it', async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token);
    const response = await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: { ...bearer(guide.token), 'kompass-purpose': 'curiosity' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('print') });
    expect((await eventsAbout(person.id)).map((event) => event.action)).toEqual(['register_person']);
  });

  it('logs each person a list shows, and a second registration of the same number as a look at the person', async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token);
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: bearer(guide.token),
      payload: { dufNumber: person.dufNumber, name: 'Amina Test', settledOn: '2026-10-01' },
    });
    expect(again.statusCode).toBe(409);
    const shown: string[] = [];
    let after: string | null = null;
    do {
      const page = await server.app.inject({ method: 'GET', url: `/api/persons?limit=200${after ? `&after=${after}` : ''}`, headers: bearer(guide.token) });
      const { persons, nextAfter } = page.json() as { persons: { id: string }[]; nextAfter: string | null };
      shown.push(...persons.map((each) => each.id));
      after = nextAfter;
    } while (after !== null);
    expect(shown).toContain(person.id);

    expect((await eventsAbout(person.id)).map((event) => `${event.action} ${event.outcome}`)).toEqual([
      'register_person allowed',
      'register_person failed',
      'list_persons allowed',
    ]);
    const listed = await server.database.db
      .selectFrom('audit_events')
      .select('person_id')
      .where('staff_id', '=', guide.staffId)
      .where('action', '=', 'list_persons')
      .execute();
    expect(listed.map((event) => event.person_id).sort()).toEqual([...shown].sort());
  });

  it("logs staff's writes in a batch per mapping, allowed or refused", async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const elsewhere = await staffSession(server, { role: 'guide', municipality: '0301' });
    const own = await registerPerson(server, guide.token);
    const other = await registerPerson(server, elsewhere.token);
    const content = emptyMappingContent('ar');
    const batch = await server.app.inject({
      method: 'POST',
      url: '/api/mappings/batch',
      headers: { ...bearer(guide.token), 'kompass-purpose': 'assisted_session' },
      payload: { mappings: [own, other].map((person) => ({ id: person.mappingId, revision: 1, baseRevision: null, content })) },
    });
    expect(batch.json().results.map((result: { status: number }) => result.status)).toEqual([200, 403]);
    expect((await eventsAbout(own.id)).at(-1)).toMatchObject({ action: 'write_mapping', outcome: 'allowed', purpose: 'assisted_session', route: 'POST /api/mappings/batch' });
    expect((await eventsAbout(other.id)).at(-1)).toMatchObject({ staff_id: guide.staffId, action: 'write_mapping', outcome: 'denied' });
  });

  it('fails the request, and writes nothing, when the access cannot be logged', async () => {
    const own = await startTestServer({ empty: true });
    try {
      const guide = await staffSession(own, { role: 'guide', municipality: '4601' });
      const person = await registerPerson(own, guide.token);
      await sql`
        create function audit_broken() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$
      `.execute(own.database.db);
      await sql`create trigger audit_broken before insert on audit_events for each row execute function audit_broken()`.execute(own.database.db);

      const read = await own.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(guide.token) });
      expect(read.statusCode).toBe(500);
      const remark = await own.app.inject({
        method: 'POST',
        url: `/api/persons/${person.id}/remarks`,
        headers: bearer(guide.token),
        payload: { part: 'work', text: 'Skal ikke lagres.' },
      });
      expect(remark.statusCode).toBe(500);
      const list = await own.app.inject({ method: 'GET', url: '/api/persons', headers: bearer(guide.token) });
      expect(list.statusCode).toBe(500);
      const registering = await own.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: bearer(guide.token),
        payload: { dufNumber: '202400000001', name: 'Ikke registrert', settledOn: '2026-10-01' },
      });
      expect(registering.statusCode).toBe(500);
      expect(await own.database.db.selectFrom('remarks').select('id').execute()).toEqual([]);
      expect(await own.database.db.selectFrom('persons').select('id').where('duf_number', '=', '202400000001').execute()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe("the administrators' search", () => {
  async function search(token: string, body: object) {
    return server.app.inject({ method: 'POST', url: '/api/audit/search', headers: bearer(token), payload: body });
  }

  it("finds a person's events by DUF number, newest first and page by page, and logs the search itself", async () => {
    const admin = await staffSession(server, { role: 'administrator' });
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token);
    for (const purpose of ['print', 'quality_assurance', 'print']) {
      await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: { ...bearer(guide.token), 'kompass-purpose': purpose } });
    }

    const first = await search(admin.token, { dufNumber: person.dufNumber, limit: 3 });
    expect(first.statusCode).toBe(200);
    const second = await search(admin.token, { dufNumber: person.dufNumber, limit: 3, before: first.json().nextBefore });
    expect(second.json().nextBefore).toBeNull();
    const events = [...first.json().events, ...second.json().events];
    expect(events.map((event) => `${event.action} ${event.purpose}`)).toEqual([
      'read_person print',
      'read_person quality_assurance',
      'read_person print',
      'register_person null',
    ]);
    expect(events[0]).toMatchObject({ staffId: guide.staffId, staffName: 'Test guide', role: 'guide', area: '4601', outcome: 'allowed', personId: person.id, dufNumber: person.dufNumber, route: 'GET /api/persons/:id' });

    const logged = await search(admin.token, { personId: person.id, action: 'read_audit_log' });
    expect(logged.json().events).toHaveLength(2);
    expect(logged.json().events[1]).toMatchObject({ staffId: admin.staffId, role: 'administrator', personId: person.id, detail: { byDufNumber: true, events: 3 } });
  });

  it('narrows by member of staff, action and time', async () => {
    const admin = await staffSession(server, { role: 'administrator' });
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const other = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token);
    const before = new Date();
    await server.app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(other.token) });
    const after = new Date(Date.now() + 1);
    const { email } = await server.database.db.selectFrom('staff').select('email').where('id', '=', other.staffId).executeTakeFirstOrThrow();

    const byStaff = await search(admin.token, { personId: person.id, staffEmail: email.toUpperCase() });
    expect(byStaff.json().events.map((event: { action: string }) => event.action)).toEqual(['read_person']);
    const byAction = await search(admin.token, { personId: person.id, action: 'register_person' });
    expect(byAction.json().events.map((event: { staffId: string }) => event.staffId)).toEqual([guide.staffId]);
    const byTime = await search(admin.token, { personId: person.id, from: before.toISOString(), to: after.toISOString() });
    expect(byTime.json().events.map((event: { action: string }) => event.action)).toEqual(['read_person']);
  });

  it("still shows an erased person's events by id, without a DUF number, and finds none by the number", async () => {
    const admin = await staffSession(server, { role: 'administrator' });
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server, guide.token);
    await server.database.db.transaction().execute((trx) => erasePerson(trx, person.id));

    const byId = await search(admin.token, { personId: person.id });
    expect(byId.json().events).toEqual([expect.objectContaining({ action: 'register_person', personId: person.id, dufNumber: null })]);
    expect((await search(admin.token, { dufNumber: person.dufNumber })).json().events).toEqual([]);
  });

  it('is for administrators only, and refuses a search that is not clear', async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const admin = await staffSession(server, { role: 'administrator' });
    expect((await search(guide.token, {})).statusCode).toBe(403);
    const both = await search(admin.token, { dufNumber: '202412345678', personId: randomUUID() });
    expect(both.statusCode).toBe(400);
    expect((await search(admin.token, { limit: 201 })).statusCode).toBe(400);
    expect((await search(admin.token, { before: 'yesterday' })).statusCode).toBe(400);
  });
});

describe("a person's access report", () => {
  it('tells the person and their guide who looked at or changed their data, and who was refused', async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const advisor = await staffSession(server, { role: 'advisor', county: '46' });
    const elsewhere = await staffSession(server, { role: 'advisor', county: '03' });
    const own = await participantSession(server, guide.token);
    const personUrl = `/api/persons/${own.person.id}`;
    await server.app.inject({ method: 'GET', url: personUrl, headers: { ...bearer(advisor.token), 'kompass-purpose': 'career_guidance' } });
    await server.app.inject({ method: 'GET', url: personUrl, headers: bearer(elsewhere.token) });
    await server.app.inject({ method: 'POST', url: `${personUrl}/remarks`, headers: bearer(guide.token), payload: { part: 'work', text: 'Frisør i fem år.' } });

    const mine = await server.app.inject({ method: 'GET', url: '/api/me/access-report', headers: bearer(own.token) });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    const seen = (mine.json().entries as { staffName: string; role: string; area: string; kind: string; purpose: string | null; count: number }[]).map(
      ({ role, area, kind, purpose, count }) => `${role} ${area} ${kind} ${purpose} ${count}`,
    );
    expect(seen.sort()).toEqual(
      ['guide 4601 registered null 1', 'guide 4601 login_code null 1', 'guide 4601 wrote_remark null 1', 'advisor 46 looked_at career_guidance 1', 'advisor 03 refused null 1'].sort(),
    );

    const guideView = await server.app.inject({ method: 'GET', url: `${personUrl}/access-report`, headers: bearer(guide.token) });
    expect(guideView.statusCode).toBe(200);
    // The guide's own look at the report is in it.
    expect(guideView.json().entries[0]).toMatchObject({ role: 'guide', kind: 'looked_at', count: 1 });
    expect(guideView.json().entries).toHaveLength(6);
  });

  it('comes whole days at a time, newest first, on Norwegian days', async () => {
    const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
    const own = await participantSession(server, guide.token);
    const { db } = server.database;
    const look = (at: string) =>
      recordAuditEvent(db, { at: new Date(at), staffId: guide.staffId, action: 'read_person', outcome: 'allowed', personId: own.person.id });
    // 23:30 UTC on 28 March is 00:30 on the 29th in Oslo (summer time starts that night: +01:00 until 01:00 UTC).
    await look('2020-03-28T23:30:00.000Z');
    await look('2020-03-28T12:00:00.000Z');
    await look('2020-03-28T13:00:00.000Z');
    await look('2020-01-05T08:00:00.000Z');

    const report = (query: string) => server.app.inject({ method: 'GET', url: `/api/me/access-report?${query}`, headers: bearer(own.token) });
    const older = await report('before=2021-01-01&days=2');
    expect(older.json().entries.map((entry: { day: string; count: number }) => `${entry.day} ${entry.count}`)).toEqual(['2020-03-29 1', '2020-03-28 2']);
    expect(older.json().nextBefore).toBe('2020-03-28');
    const oldest = await report('before=2020-03-28&days=2');
    expect(oldest.json()).toEqual({ entries: [expect.objectContaining({ day: '2020-01-05', lastAt: '2020-01-05T08:00:00.000Z' })], nextBefore: null });
  });
});
