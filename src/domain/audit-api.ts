import { z } from 'zod';
import { staffRoles } from './access';
import { dufNumberSchema } from './duf-number';
import { isoDateSchema } from './guidance-deadline';

/**
 * The audit log's API: why a member of staff looks at a person's data (the `kompass-purpose`
 * header), the administrators' search, and a person's access report.
 */

export const auditOutcomes = ['allowed', 'denied', 'failed', 'locked'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** Why staff opened a person's data: a closed set, so the log can be searched and reported on. */
export const auditPurposes = [
  'registration',
  'assisted_session',
  'quality_assurance',
  'career_guidance',
  'print',
  'privacy_request',
] as const;
export const auditPurposeSchema = z.enum(auditPurposes);
export type AuditPurpose = z.infer<typeof auditPurposeSchema>;
/** The request header that carries the purpose; absent means none was given. */
export const purposeHeader = 'kompass-purpose';

const timestamp = z.iso.datetime();
const staffRoleSchema = z.enum(staffRoles);
/** The days of the log are Norwegian days: an event at 00:30 Oslo time belongs to that date. */
export const auditTimeZone = 'Europe/Oslo';

// --- Search (administrators) ------------------------------------------------------------

/** Where a page of search results ends: the last event's time and id (events sort by both). */
const searchCursorSchema = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z_\d{1,19}$/);

/** POST, so a DUF number never appears in a URL or an access log. */
export const auditSearchBodySchema = z
  .object({
    dufNumber: dufNumberSchema.optional(),
    personId: z.uuid().optional(),
    staffEmail: z.string().trim().toLowerCase().min(1).max(254).optional(),
    action: z.string().regex(/^[a-z_]{1,60}$/).optional(),
    from: timestamp.optional(),
    to: timestamp.optional(),
    before: searchCursorSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((body) => body.dufNumber === undefined || body.personId === undefined, {
    error: 'Search by DUF number or by person id, not both',
    path: ['personId'],
  });
export type AuditSearchBody = z.input<typeof auditSearchBodySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: timestamp,
  /** As the member of staff was then; all null for an anonymous event (a failed log-in). */
  staffId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  role: staffRoleSchema.nullable(),
  area: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(auditOutcomes),
  personId: z.uuid().nullable(),
  /** Null when the event names no person, or the person has since been erased. */
  dufNumber: z.string().nullable(),
  purpose: auditPurposeSchema.nullable(),
  route: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditSearchReplySchema = z.object({
  /** Newest first. */
  events: z.array(auditEventSchema),
  /** Pass as `before` for the next, older page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type AuditSearchReply = z.infer<typeof auditSearchReplySchema>;

// --- A person's access report -----------------------------------------------------------

/** What staff did with the person's data, in the words the person reads. */
export const accessKinds = [
  'registered',
  'listed',
  'looked_at',
  'changed',
  'wrote_remark',
  'quality_assured',
  'assisted_session',
  'advisor_note',
  'login_code',
  'privacy_request',
  'read_access_log',
  /** Tried, and was refused (another area's staff, or a role without the right). */
  'refused',
  /** An action this version does not name (a newer server's). */
  'other',
] as const;
export type AccessKind = (typeof accessKinds)[number];

export const accessReportQuerySchema = z.object({
  /** Continue with the days before this one (YYYY-MM-DD), from `nextBefore`. */
  before: isoDateSchema.optional(),
  /** How many days with events a page holds. */
  days: z.coerce.number().int().min(1).max(366).default(60),
});

/** One member of staff's doings of one kind on one day, with how many times and the last time. */
export const accessReportEntrySchema = z.object({
  day: z.string(),
  lastAt: timestamp,
  count: z.number().int().min(1),
  staffName: z.string(),
  role: staffRoleSchema,
  /** Municipality (guide) or county (advisor) number; null for an administrator. */
  area: z.string().nullable(),
  kind: z.enum(accessKinds),
  purpose: auditPurposeSchema.nullable(),
});
export type AccessReportEntry = z.infer<typeof accessReportEntrySchema>;

export const accessReportSchema = z.object({
  /** Newest day first; within a day, the latest first. */
  entries: z.array(accessReportEntrySchema),
  /** Pass as `before` for older days; null when there are none. */
  nextBefore: z.string().nullable(),
});
export type AccessReport = z.infer<typeof accessReportSchema>;
