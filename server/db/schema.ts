import type { ColumnType, Generated } from 'kysely';
import type { AuditPurpose } from '../../src/domain/audit-api';

/** jsonb goes in as text and comes out parsed; stored content may be from any earlier version. */
type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, string | Date, string | Date>;

export interface MappingsTable {
  id: string;
  revision: number;
  content: Json<unknown>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: one row per accepted revision, never updated or deleted by the API. */
export interface MappingRevisionsTable {
  mapping_id: string;
  revision: number;
  content: Json<unknown>;
  received_at: Timestamp;
  sequence: Generated<string>;
  /** The device that sent it; null for revisions sent before devices said who they were. */
  device_id: string | null;
  /** Who sent it: the person with their code, or a member of staff (an assisted session). */
  sent_by_person: string | null;
  sent_by_staff: string | null;
}

export interface StaffTable {
  id: string;
  email: string;
  name: string;
  role: 'administrator' | 'guide' | 'advisor';
  municipality: string | null;
  county: string | null;
  password_hash: string | null;
  created_at: Timestamp;
  active_since: Timestamp | null;
}

export interface InvitationsTable {
  token_hash: string;
  /** Null for the setup link that creates the first administrator. */
  staff_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** A calendar date (PostgreSQL `date`), read as text so no time zone can shift it. */
type CalendarDate = ColumnType<string, string, string>;

export interface PersonsTable {
  id: string;
  duf_number: string;
  name: string;
  municipality: string;
  settled_on: CalendarDate;
  mapping_id: string;
  registered_by: string;
  registered_at: Timestamp;
  /** Set when a restriction or objection is granted (art. 18/21); this version never lifts it. */
  restricted_since: Timestamp | null;
}

export interface SessionsTable {
  token_hash: string;
  staff_id: string | null;
  person_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
  /** Refreshed at most once a minute: an idle staff session ends (STAFF_IDLE_MINUTES). */
  last_used_at: Timestamp;
}

/** Failed log-ins per address or subject (see src/domain/login-throttle.ts). */
export interface LoginThrottleTable {
  door: 'code' | 'staff';
  scope: 'ip' | 'subject';
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
  expires_at: Timestamp;
}

export interface LoginCodesTable {
  code_hash: string;
  person_id: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface RemarksTable {
  id: string;
  person_id: string;
  part: string;
  text: string;
  written_by: string;
  written_at: Timestamp;
  sequence: Generated<string>;
}

export interface QualityAssurancesTable {
  person_id: string;
  revision: number;
  by: string;
  at: Timestamp;
  sequence: Generated<string>;
}

export interface AssistedSessionsTable {
  id: string;
  person_id: string;
  guide: string;
  started_at: Timestamp;
  finished_at: Timestamp;
  interpreter_present: boolean;
  language: string;
  sequence: Generated<string>;
}

export interface AdvisorNotesTable {
  person_id: string;
  wishes: string;
  recommendation: 'work' | 'education';
  text: string;
  guidance_completed: boolean;
  by: string;
  at: Timestamp;
  sequence: Generated<string>;
}

/** Append-only (a trigger refuses changes; only the retention sweep deletes). No foreign keys. */
export interface AuditEventsTable {
  id: Generated<string>;
  at: Timestamp;
  /** Null for an anonymous event (a failed log-in with an unknown address). */
  staff_id: string | null;
  /** The member of staff as they were then: name, role and area (municipality or county). */
  staff_name: string | null;
  role: 'administrator' | 'guide' | 'advisor' | null;
  area: string | null;
  action: string;
  outcome: 'allowed' | 'denied' | 'failed' | 'locked';
  person_id: string | null;
  purpose: AuditPurpose | null;
  /** Method and route pattern (`GET /api/persons/:id`), never the concrete URL. */
  route: string | null;
  detail: Json<Record<string, unknown>> | null;
}

/** A person's request under the GDPR; append-only (a trigger refuses updates). */
export interface PrivacyRequestsTable {
  id: string;
  person_id: string;
  kind: 'correction' | 'erasure' | 'restriction' | 'objection';
  message: string;
  made_by: 'participant' | 'staff';
  /** The member of staff who made it on the person's behalf; null when the person did. */
  made_by_staff: string | null;
  created_at: Timestamp;
  sequence: Generated<string>;
}

/** The guide's answer, at most one per request; append-only. */
export interface PrivacyRequestAnswersTable {
  request_id: string;
  outcome: 'done' | 'refused';
  /** Empty only when done. */
  explanation: string;
  answered_by: string;
  answered_at: Timestamp;
}

export interface DatabaseSchema {
  mappings: MappingsTable;
  mapping_revisions: MappingRevisionsTable;
  staff: StaffTable;
  invitations: InvitationsTable;
  persons: PersonsTable;
  sessions: SessionsTable;
  login_codes: LoginCodesTable;
  remarks: RemarksTable;
  quality_assurances: QualityAssurancesTable;
  assisted_sessions: AssistedSessionsTable;
  advisor_notes: AdvisorNotesTable;
  privacy_requests: PrivacyRequestsTable;
  privacy_request_answers: PrivacyRequestAnswersTable;
  audit_events: AuditEventsTable;
  login_throttle: LoginThrottleTable;
}
