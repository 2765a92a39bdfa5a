import { z } from 'zod';

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
