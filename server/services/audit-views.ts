import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { accessReportEntries, type AccessLogGroup } from '../../src/domain/access-report';
import {
  auditTimeZone,
  type AccessReport,
  type AuditEventView,
  type AuditSearchReply,
  type auditSearchBodySchema,
} from '../../src/domain/audit-api';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;
type AuditSearch = z.output<typeof auditSearchBodySchema>;

/** The person searched for, by id or DUF number; null for none; undefined when no one has that number now. */
async function personSearched(db: Db, search: AuditSearch): Promise<string | null | undefined> {
  if (search.personId !== undefined) return search.personId;
  if (search.dufNumber === undefined) return null;
  const person = await db.selectFrom('persons').select('id').where('duf_number', '=', search.dufNumber).executeTakeFirst();
  return person?.id;
}

/**
 * The administrators' search, newest first, a page at a time. A DUF number finds only a person
 * still registered (the log keeps ids, not numbers); an erased person is found by id.
 */
export async function searchAuditLog(db: Db, search: AuditSearch): Promise<{ personId: string | null; reply: AuditSearchReply }> {
  const personId = await personSearched(db, search);
  if (personId === undefined) return { personId: null, reply: { events: [], nextBefore: null } };
  let query = db
    .selectFrom('audit_events')
    .leftJoin('persons', 'persons.id', 'audit_events.person_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.staff_id',
      'audit_events.staff_name',
      'audit_events.role',
      'audit_events.area',
      'audit_events.action',
      'audit_events.outcome',
      'audit_events.person_id',
      'persons.duf_number',
      'audit_events.purpose',
      'audit_events.route',
      'audit_events.detail',
    ])
    .orderBy('audit_events.at', 'desc')
    .orderBy('audit_events.id', 'desc')
    .limit(search.limit + 1);
  if (personId !== null) query = query.where('audit_events.person_id', '=', personId);
  if (search.staffEmail !== undefined) {
    const email = search.staffEmail;
    query = query.where('audit_events.staff_id', 'in', (eb) => eb.selectFrom('staff').select('staff.id').where('staff.email', '=', email));
  }
  if (search.action !== undefined) query = query.where('audit_events.action', '=', search.action);
  if (search.from !== undefined) query = query.where('audit_events.at', '>=', new Date(search.from));
  if (search.to !== undefined) query = query.where('audit_events.at', '<', new Date(search.to));
  if (search.before !== undefined) {
    const [at, id] = search.before.split('_') as [string, string];
    query = query.where(sql<boolean>`(audit_events.at, audit_events.id) < (${new Date(at)}, ${id}::bigint)`);
  }
  const rows = await query.execute();
  const events: AuditEventView[] = rows.slice(0, search.limit).map((row) => ({
    id: String(row.id),
    at: row.at.toISOString(),
    staffId: row.staff_id,
    staffName: row.staff_name,
    role: row.role,
    area: row.area,
    action: row.action,
    outcome: row.outcome,
    personId: row.person_id,
    dufNumber: row.duf_number,
    purpose: row.purpose,
    route: row.route,
    detail: row.detail,
  }));
  const last = events.at(-1);
  return { personId, reply: { events, nextBefore: rows.length > search.limit && last ? `${last.at}_${last.id}` : null } };
}

/** Midnight, Norwegian time, at the start of a day given as YYYY-MM-DD. */
const startOfDay = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone ${sql.lit(auditTimeZone)}`;

/**
 * Who among staff looked at or changed the person's data, refused attempts included, whole
 * days at a time (newest first), grouped per day, member of staff and kind.
 */
export async function accessReport(db: Db, personId: string, page: { before?: string; days: number }): Promise<AccessReport> {
  // The zone as a literal, not a parameter: the same expression in select and group by.
  const day = sql<string>`to_char(audit_events.at at time zone ${sql.lit(auditTimeZone)}, 'YYYY-MM-DD')`;
  const about = () => {
    let query = db.selectFrom('audit_events').where('person_id', '=', personId).where('staff_id', 'is not', null);
    if (page.before !== undefined) query = query.where('at', '<', startOfDay(page.before));
    return query;
  };
  const days = await about().select(day.as('day')).distinct().orderBy('day', 'desc').limit(page.days + 1).execute();
  if (days.length === 0) return { entries: [], nextBefore: null };
  const oldest = days[Math.min(days.length, page.days) - 1]!.day;
  const rows = await about()
    .where('at', '>=', startOfDay(oldest))
    .where('staff_name', 'is not', null)
    .where('role', 'is not', null)
    .select((eb) => [
      day.as('day'),
      eb.fn.max('at').as('last_at'),
      eb.fn.countAll<string>().as('count'),
      'staff_id',
      'staff_name',
      'role',
      'area',
      'action',
      'outcome',
      'purpose',
    ])
    .groupBy([day, 'staff_id', 'staff_name', 'role', 'area', 'action', 'outcome', 'purpose'])
    .execute();
  const groups: AccessLogGroup[] = rows.map((row) => ({
    day: row.day,
    lastAt: new Date(row.last_at).toISOString(),
    count: Number(row.count),
    staffId: row.staff_id!,
    staffName: row.staff_name!,
    role: row.role!,
    area: row.area,
    action: row.action,
    outcome: row.outcome,
    purpose: row.purpose,
  }));
  return { entries: accessReportEntries(groups), nextBefore: days.length > page.days ? oldest : null };
}
