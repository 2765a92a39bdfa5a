import type { Kysely } from 'kysely';
import type { AuditOutcome, AuditPurpose } from '../../src/domain/audit-api';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

/** One thing that happened to a person's data, or at the door (a failed log-in, a lock-out). */
export interface AuditEvent {
  at: Date;
  /** Null for an anonymous event; the account's name, role and area are copied as they are now. */
  staffId: string | null;
  action: string;
  outcome: AuditOutcome;
  personId?: string | null;
  purpose?: AuditPurpose | null;
  /** Method and route pattern, e.g. `GET /api/persons/:id`; never the concrete URL. */
  route?: string | null;
  /** Small facts about the event (never a person's answers or a secret). */
  detail?: Record<string, unknown> | null;
}

/**
 * Writes events in one insert, on the caller's connection or transaction: an event about a
 * write commits or rolls back with it. The staff member's name, role and area are snapshotted
 * from their account by the same statement.
 */
export async function recordAuditEvents(db: Db, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const staff = (staffId: string | null) => db.selectFrom('staff').where('staff.id', '=', staffId);
  await db
    .insertInto('audit_events')
    .values(
      events.map((event) => ({
        at: event.at,
        staff_id: event.staffId,
        staff_name: staff(event.staffId).select('staff.name'),
        role: staff(event.staffId).select('staff.role'),
        area: staff(event.staffId).select((eb) => eb.fn.coalesce('staff.municipality', 'staff.county').as('area')),
        action: event.action,
        outcome: event.outcome,
        person_id: event.personId ?? null,
        purpose: event.purpose ?? null,
        route: event.route ?? null,
        detail: event.detail == null ? null : JSON.stringify(event.detail),
      })),
    )
    .execute();
}

export async function recordAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await recordAuditEvents(db, [event]);
}
