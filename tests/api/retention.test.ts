import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePerson, retentionSweep } from '../../server/services/retention';
import { emptyMappingContent } from '../../src/domain/mapping';
import { startTestServer } from './support/test-server';
import { bearer, participantSession, staffSession } from './support/workspace';

/**
 * The retention sweep on a database of its own (it deletes across the whole database), with the
 * server's clock and the sweep's "now" in the test's hands. Fifteen years after 1 January 2026
 * at 00:00:00.001, a person registered a millisecond earlier is past the period, one registered
 * a millisecond later is not.
 */

let clock = new Date('2025-12-31T08:00:00.000Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
const justBefore = new Date('2026-01-01T00:00:00.000Z');
const justAfter = new Date('2026-01-01T00:00:00.002Z');
const sweepAt = new Date('2041-01-01T00:00:00.001Z');

/** A person with a record of every kind: mapping, remark, quality assurance, assisted session, advisor note, code, session, privacy request. */
async function personWithEverything(at: Date) {
  clock = at;
  const guide = await staffSession(server, { role: 'guide', municipality: '4601' });
  const advisor = await staffSession(server, { role: 'advisor', county: '46' });
  const own = await participantSession(server, guide.token);
  const call = (token: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    server.app.inject({ method, url, headers: bearer(token), payload }).then((response) => {
      if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
    });
  const personUrl = `/api/persons/${own.person.id}`;
  await call(own.token, 'PUT', `/api/mappings/${own.mappingId}`, {
    revision: 1,
    baseRevision: null,
    content: { ...emptyMappingContent('ar'), submittedAt: at.toISOString() },
  });
  await call(guide.token, 'POST', `${personUrl}/remarks`, { part: 'work', text: 'Frisør i fem år.' });
  await call(guide.token, 'POST', `${personUrl}/quality-assurance`, {});
  await call(guide.token, 'POST', `${personUrl}/assisted-sessions`, {
    id: randomUUID(),
    startedAt: at.toISOString(),
    finishedAt: at.toISOString(),
    interpreterPresent: false,
    language: 'ar',
  });
  await call(advisor.token, 'POST', `${personUrl}/advisor-notes`, { wishes: 'Helsefag', recommendation: 'education', text: 'Helsefagarbeider.', guidanceCompleted: true });
  await call(own.token, 'POST', '/api/me/privacy-requests', { kind: 'correction', message: 'Jeg snakker også fransk.' });
  return own.person;
}

/** Every row that belongs to the person, table by table. */
async function rowsOf(person: { id: string; mappingId: string }) {
  const { db } = server.database;
  const count = async (query: { execute(): Promise<unknown[]> }) => (await query.execute()).length;
  return {
    persons: await count(db.selectFrom('persons').select('id').where('id', '=', person.id)),
    mappings: await count(db.selectFrom('mappings').select('id').where('id', '=', person.mappingId)),
    mappingRevisions: await count(db.selectFrom('mapping_revisions').select('revision').where('mapping_id', '=', person.mappingId)),
    remarks: await count(db.selectFrom('remarks').select('id').where('person_id', '=', person.id)),
    qualityAssurances: await count(db.selectFrom('quality_assurances').select('revision').where('person_id', '=', person.id)),
    assistedSessions: await count(db.selectFrom('assisted_sessions').select('id').where('person_id', '=', person.id)),
    advisorNotes: await count(db.selectFrom('advisor_notes').select('by').where('person_id', '=', person.id)),
    loginCodes: await count(db.selectFrom('login_codes').select('code_hash').where('person_id', '=', person.id)),
    sessions: await count(db.selectFrom('sessions').select('token_hash').where('person_id', '=', person.id)),
    privacyRequests: await count(db.selectFrom('privacy_requests').select('id').where('person_id', '=', person.id)),
  };
}

/** How many rows each table holds: what a dry run must leave as it was. */
const tables = ['persons', 'mappings', 'mapping_revisions', 'remarks', 'quality_assurances', 'assisted_sessions', 'advisor_notes', 'login_codes', 'sessions', 'privacy_requests', 'audit_events', 'staff'] as const;
async function tableSizes() {
  const sizes = {} as Record<(typeof tables)[number], number>;
  for (const table of tables) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(server.database.db);
    sizes[table] = Number(rows[0]!.n);
  }
  return sizes;
}

const one = { persons: 1, mappings: 1, mappingRevisions: 1, remarks: 1, qualityAssurances: 1, assistedSessions: 1, advisorNotes: 1, loginCodes: 1, sessions: 1, privacyRequests: 1 };
const none = Object.fromEntries(Object.keys(one).map((key) => [key, 0]));

let past: { id: string; mappingId: string };
let kept: { id: string; mappingId: string };

beforeAll(async () => {
  server = await startTestServer({ empty: true, now: () => clock });
  // A guide's session that ended the day before: past the period too at the sweep.
  await staffSession(server, { role: 'guide', municipality: '4601' });
  past = await personWithEverything(justBefore);
  kept = await personWithEverything(justAfter);
}, 120_000);
afterAll(() => server.close());

describe('the retention sweep', () => {
  it('reports in a dry run exactly what it then deletes, and the dry run writes nothing', async () => {
    expect(await rowsOf(past)).toEqual(one);
    const before = await tableSizes();
    const dry = await retentionSweep(server.database.db, { now: sweepAt, years: 15, dryRun: true });
    expect(await tableSizes()).toEqual(before);
    expect(dry).toEqual({
      cutoff: '2026-01-01T00:00:00.001Z',
      dryRun: true,
      ...one,
      privacyRequestAnswers: 0,
      // The erased person's and the guide's that ended the day before.
      sessions: 2,
      // Staff's six doings with the erased person (registering, code, remark, quality assurance, session, note).
      auditEvents: 6,
    });

    const real = await retentionSweep(server.database.db, { now: sweepAt, years: 15, dryRun: false });
    expect({ ...real, dryRun: true }).toEqual(dry);
    const after = await tableSizes();
    expect(before.persons - after.persons).toBe(real.persons);
    expect(before.audit_events - after.audit_events).toBe(real.auditEvents);
    expect(before.sessions - after.sessions).toBe(real.sessions);
    // The staff's accounts stay; only what is about persons, and what ended, goes.
    expect(after.staff).toBe(before.staff);
  });

  it('has erased the person registered just before the cutoff, everywhere in the database, and kept the one just after', async () => {
    expect(await rowsOf(past)).toEqual(none);
    expect(await rowsOf(kept)).toEqual(one);
  });

  it('has deleted audit events and sessions older than the cutoff, and kept the newer ones', async () => {
    const { db } = server.database;
    const cutoff = new Date('2026-01-01T00:00:00.001Z');
    expect(await db.selectFrom('audit_events').select('id').where('at', '<', cutoff).execute()).toEqual([]);
    expect(await db.selectFrom('sessions').select('token_hash').where('expires_at', '<', cutoff).execute()).toEqual([]);
    // The log about the kept person is whole; about the erased one nothing was newer than the cutoff.
    expect((await db.selectFrom('audit_events').select('id').where('person_id', '=', kept.id).execute()).length).toBeGreaterThan(5);
    expect(await db.selectFrom('audit_events').select('id').where('person_id', '=', past.id).execute()).toEqual([]);
    expect((await db.selectFrom('sessions').select('token_hash').where('expires_at', '>=', cutoff).execute()).length).toBeGreaterThan(0);
  });

  it('finds nothing more to delete when run again at the same moment', async () => {
    const again = await retentionSweep(server.database.db, { now: sweepAt, years: 15, dryRun: false });
    const { cutoff, dryRun, ...counts } = again;
    expect(cutoff).toBe('2026-01-01T00:00:00.001Z');
    expect(dryRun).toBe(false);
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });

  it('lets nothing but the sweep delete from the audit log', async () => {
    await expect(server.database.db.deleteFrom('audit_events').where('person_id', '=', kept.id).execute()).rejects.toThrow(/append-only/);
    expect((await server.database.db.selectFrom('audit_events').select('id').where('person_id', '=', kept.id).execute()).length).toBeGreaterThan(5);
  });

  it('erases one person on request, leaving the log about them', async () => {
    const counts = await server.database.db.transaction().execute((trx) => erasePerson(trx, kept.id));
    expect(counts).toMatchObject(one);
    expect(await rowsOf(kept)).toEqual(none);
    expect((await server.database.db.selectFrom('audit_events').select('id').where('person_id', '=', kept.id).execute()).length).toBeGreaterThan(5);
  });
});
