import type { StaffRole } from './access';
import type { AccessKind, AccessReportEntry, AuditOutcome, AuditPurpose } from './audit-api';

/** What each action allowed did with the person's data, in the report's words. */
const kindOfAction: Record<string, AccessKind> = {
  register_person: 'registered',
  list_persons: 'listed',
  read_person: 'looked_at',
  read_mapping: 'looked_at',
  read_person_data: 'looked_at',
  read_access_report: 'looked_at',
  write_mapping: 'changed',
  write_remark: 'wrote_remark',
  quality_assure: 'quality_assured',
  record_assisted_session: 'assisted_session',
  write_advisor_note: 'advisor_note',
  manage_login_code: 'login_code',
  make_privacy_request: 'privacy_request',
  answer_privacy_request: 'privacy_request',
  restrict_processing: 'privacy_request',
  read_audit_log: 'read_access_log',
};

/**
 * How the person reads one event, or null when it is not about staff handling their data
 * (a failed log-in, a lock-out). A refused attempt is reported as such, whoever tried.
 */
export function accessKindOf(action: string, outcome: AuditOutcome): AccessKind | null {
  if (outcome === 'denied') return 'refused';
  // Registering a number already registered shows the guide the person instead.
  if (outcome === 'failed' && action === 'register_person') return 'looked_at';
  if (outcome !== 'allowed') return null;
  return Object.hasOwn(kindOfAction, action) ? kindOfAction[action]! : 'other';
}

/** The log grouped by day, staff member (as they were), action, outcome and purpose. */
export interface AccessLogGroup {
  day: string;
  lastAt: string;
  count: number;
  staffId: string;
  staffName: string;
  role: StaffRole;
  area: string | null;
  action: string;
  outcome: AuditOutcome;
  purpose: AuditPurpose | null;
}

/**
 * The report's entries: groups of the same day, person and kind merged (a look at the person
 * and at their mapping are both "looked at"), newest day first, latest first within a day.
 */
export function accessReportEntries(groups: readonly AccessLogGroup[]): AccessReportEntry[] {
  const merged = new Map<string, AccessReportEntry>();
  for (const group of groups) {
    const kind = accessKindOf(group.action, group.outcome);
    if (kind === null) continue;
    const key = JSON.stringify([group.day, group.staffId, group.staffName, group.role, group.area, kind, group.purpose]);
    const entry = merged.get(key);
    if (entry === undefined) {
      const { day, lastAt, count, staffName, role, area, purpose } = group;
      merged.set(key, { day, lastAt, count, staffName, role, area, kind, purpose });
    } else {
      entry.count += group.count;
      if (group.lastAt > entry.lastAt) entry.lastAt = group.lastAt;
    }
  }
  return [...merged.values()].sort((a, b) => b.day.localeCompare(a.day) || b.lastAt.localeCompare(a.lastAt));
}
