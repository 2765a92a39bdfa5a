import { z } from 'zod';
import { appLocaleCodes } from './app-locales';
import { mappingContentSchema, textLimits } from './mapping';
import { mappingParts } from './mapping-flow';
import { wholeText } from './text';
import { recommendations } from './workspace-api';

/**
 * The person's rights under the GDPR: a copy of everything registered about them (art. 15/20),
 * and tracked requests for correction (16), erasure (17), restriction (18) and objection (21)
 * that a guide answers. The same shapes serve the participant (`/api/me/…`) and a guide acting
 * on their behalf (`/api/persons/:id/…`).
 */

const idSchema = z.uuid();
const timestamp = z.iso.datetime();

export const privacyRequestKinds = ['correction', 'erasure', 'restriction', 'objection'] as const;
export type PrivacyRequestKind = (typeof privacyRequestKinds)[number];

export const privacyOutcomes = ['done', 'refused'] as const;
export type PrivacyOutcome = (typeof privacyOutcomes)[number];

/** Open until a guide answers; an answer is final. */
export const privacyRequestStatuses = ['open', ...privacyOutcomes] as const;
export type PrivacyRequestStatus = (typeof privacyRequestStatuses)[number];

const staffRoleSchema = z.enum(['administrator', 'guide', 'advisor']);
/** A member of staff as the person sees them: a name and what they do, not an internal id. */
const staffNameSchema = z.object({ name: z.string(), role: staffRoleSchema });

// --- Requests ---------------------------------------------------------------------------

export const privacyRequestParamsSchema = z.object({ id: idSchema, requestId: idSchema });

export const privacyRequestBodySchema = z
  .object({
    /** Made by the device, so a request sent again (reply lost, offline queue) is kept once. */
    id: idSchema.optional(),
    kind: z.enum(privacyRequestKinds),
    /** The person's own words. Only a restriction ("stop using my data for now") needs no reason. */
    message: wholeText().trim().max(textLimits.long).default(''),
  })
  .strict()
  .refine((body) => body.kind === 'restriction' || body.message.length > 0, {
    error: 'Say in a few words what should be corrected, erased or objected to',
    path: ['message'],
  });
export type PrivacyRequestBody = z.input<typeof privacyRequestBodySchema>;

export const privacyAnswerSchema = z.object({
  outcome: z.enum(privacyOutcomes),
  /** Empty only when done; a refusal always says why (art. 12(4)). */
  explanation: z.string(),
  answeredBy: staffNameSchema,
  answeredAt: timestamp,
});

export const privacyRequestSchema = z.object({
  id: idSchema,
  kind: z.enum(privacyRequestKinds),
  message: z.string(),
  /** The person themselves, or a member of staff on their behalf (named in `madeByStaff`). */
  madeBy: z.enum(['participant', 'staff']),
  madeByStaff: staffNameSchema.nullable(),
  createdAt: timestamp,
  status: z.enum(privacyRequestStatuses),
  answer: privacyAnswerSchema.nullable(),
});
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

export const privacyRequestListSchema = z.object({
  /** Oldest first. */
  requests: z.array(privacyRequestSchema),
  /** Since when processing is restricted (a restriction or objection was granted), or null. */
  restrictedSince: timestamp.nullable(),
});
export type PrivacyRequestList = z.infer<typeof privacyRequestListSchema>;

export const privacyAnswerBodySchema = z
  .object({
    outcome: z.enum(privacyOutcomes),
    explanation: wholeText().trim().max(textLimits.long).default(''),
  })
  .strict()
  .refine((body) => body.outcome === 'done' || body.explanation.length > 0, {
    error: 'A refusal says why, in words the person understands',
    path: ['explanation'],
  });
export type PrivacyAnswerBody = z.input<typeof privacyAnswerBodySchema>;

/**
 * What the answer did besides being recorded: an erasure granted removes the person and all
 * their data at once (nothing more can be read about them); a restriction or objection granted
 * restricts processing.
 */
export const privacyAnswerEffects = ['none', 'person_erased', 'processing_restricted'] as const;
export type PrivacyAnswerEffect = (typeof privacyAnswerEffects)[number];

export const privacyAnswerReplySchema = z.object({
  request: privacyRequestSchema,
  effect: z.enum(privacyAnswerEffects),
});
export type PrivacyAnswerReply = z.infer<typeof privacyAnswerReplySchema>;

// --- Everything registered about the person (art. 15 and 20) ---------------------------

/**
 * One document, machine-readable: field names are stable and every moment is an ISO 8601
 * timestamp (calendar dates YYYY-MM-DD). Secrets are never in it: login codes appear only as
 * dates. The client saves it as a file; the URL carries nothing about the person.
 */
export const personDataSchema = z.object({
  exportedAt: timestamp,
  person: z.object({
    id: idSchema,
    name: z.string(),
    dufNumber: z.string(),
    municipality: z.string(),
    settledOn: z.string(),
    registeredAt: timestamp,
    restrictedSince: timestamp.nullable(),
  }),
  /** Null until the first answers reach the server. */
  mapping: z
    .object({ id: idSchema, revision: z.number().int(), content: mappingContentSchema, createdAt: timestamp, updatedAt: timestamp })
    .nullable(),
  /** Every revision received, oldest first; who sent it is null for revisions from before accounts. */
  mappingRevisions: z.array(
    z.object({
      revision: z.number().int(),
      receivedAt: timestamp,
      sentBy: z.enum(['participant', 'staff']).nullable(),
      staff: staffNameSchema.nullable(),
    }),
  ),
  remarks: z.array(z.object({ part: z.enum(mappingParts), text: z.string(), writtenBy: staffNameSchema, writtenAt: timestamp })),
  qualityAssurances: z.array(z.object({ revision: z.number().int(), by: staffNameSchema, at: timestamp })),
  assistedSessions: z.array(
    z.object({
      startedAt: timestamp,
      finishedAt: timestamp,
      interpreterPresent: z.boolean(),
      language: z.enum(appLocaleCodes),
      guide: staffNameSchema,
    }),
  ),
  advisorNotes: z.array(
    z.object({
      wishes: z.string(),
      recommendation: z.enum(recommendations),
      text: z.string(),
      guidanceCompleted: z.boolean(),
      by: staffNameSchema,
      at: timestamp,
    }),
  ),
  loginCodes: z.array(
    z.object({ issuedAt: timestamp, expiresAt: timestamp, revokedAt: timestamp.nullable(), issuedBy: staffNameSchema }),
  ),
  privacyRequests: z.array(privacyRequestSchema),
});
export type PersonData = z.infer<typeof personDataSchema>;
