import { z } from 'zod';
import { countySchema, municipalitySchema } from './areas';
import { appLocaleCodes } from './app-locales';
import { dufNumberSchema } from './duf-number';
import { isoDateSchema } from './guidance-deadline';
import { mappingContentSchema, textLimits } from './mapping';
import { mappingParts } from './mapping-flow';
import { wholeText } from './text';

/**
 * The staff workspace's API: accounts, persons, login codes, remarks, quality assurance,
 * assisted sessions and the career advisor's note. One schema per body and reply, used by the
 * server's routes and the app's calls alike.
 */

const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });
const timestamp = z.iso.datetime();
const shortText = (max: number = textLimits.short) => wholeText().trim().min(1).max(max);

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Expected an e-mail address' }));
/** Long passphrases welcome; 12 characters is the least that resists guessing offline. */
export const passwordSchema = wholeText().min(12, { error: 'The password must be at least 12 characters' }).max(200);

/** A member of staff is bound to a municipality (guide), a county (advisor) or nothing (administrator). */
const staffAreaSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('administrator') }),
  z.object({ role: z.literal('guide'), municipality: municipalitySchema }),
  z.object({ role: z.literal('advisor'), county: countySchema }),
]);
export type StaffArea = z.infer<typeof staffAreaSchema>;

export const staffMemberSchema = z.intersection(
  z.object({
    id: idSchema,
    name: z.string(),
    email: z.string(),
    /** Null until the invitation is accepted. */
    activeSince: timestamp.nullable(),
  }),
  staffAreaSchema,
);
export type StaffMember = z.infer<typeof staffMemberSchema>;

// --- Sessions ---------------------------------------------------------------------------

export const setupBodySchema = z
  .object({ setupToken: z.string().min(1).max(200), name: shortText(), email: emailSchema, password: passwordSchema })
  .strict();
export const acceptInviteBodySchema = z
  .object({ inviteToken: z.string().min(1).max(200), password: passwordSchema })
  .strict();
export const staffLoginBodySchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();

export const staffSessionSchema = z.object({ token: z.string(), expiresAt: timestamp, staff: staffMemberSchema });
export type StaffSession = z.infer<typeof staffSessionSchema>;


// --- Staff accounts (administrator) -----------------------------------------------------

export const inviteStaffBodySchema = z.intersection(
  z.object({ name: shortText(), email: emailSchema }).strict(),
  staffAreaSchema,
);
export type InviteStaffBody = z.infer<typeof inviteStaffBodySchema>;
/** The invitation's secret is shown once, to be passed on; the server keeps only its hash. */
export const staffInvitationSchema = z.object({ staff: staffMemberSchema, inviteToken: z.string(), expiresAt: timestamp });
export const staffListSchema = z.object({ staff: z.array(staffMemberSchema) });

// --- Persons ----------------------------------------------------------------------------

const mappingStatuses = ['not_started', 'draft', 'submitted', 'quality_assured'] as const;
export type MappingStatus = (typeof mappingStatuses)[number];

export const registerPersonBodySchema = z
  .object({ dufNumber: dufNumberSchema, name: shortText(), settledOn: isoDateSchema })
  .strict();
export type RegisterPersonBody = z.infer<typeof registerPersonBodySchema>;

export const personSummarySchema = z.object({
  id: idSchema,
  dufNumber: z.string(),
  name: z.string(),
  municipality: z.string(),
  settledOn: z.string(),
  mappingId: idSchema,
  mappingStatus: z.enum(mappingStatuses),
  /** When the career advisor marked guidance as given, if they have. */
  guidanceCompletedOn: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personListQuerySchema = z.object({
  /** Continue after this person (the list is in DUF-number order; an id keeps the number out of the address). */
  after: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** `nextAfter`: the id to ask the next page after, or null on the last page. */
export const personListSchema = z.object({ persons: z.array(personSummarySchema), nextAfter: idSchema.nullable() });
export type PersonList = z.infer<typeof personListSchema>;

/** A DUF number registered before: shown (when in the guide's area) instead of a second mapping. */
export const alreadyRegisteredSchema = z.object({
  error: z.object({ code: z.literal('already_registered'), message: z.string() }),
  person: personSummarySchema.nullable(),
});

const byWhom = z.object({ id: idSchema, name: z.string() });

export const remarkBodySchema = z
  .object({
    /** Made by the device that wrote it, so a remark sent again (reply lost, offline queue) is kept once. */
    id: idSchema.optional(),
    part: z.enum(mappingParts),
    text: shortText(textLimits.long),
  })
  .strict();
export const remarkSchema = z.object({
  id: idSchema,
  part: z.enum(mappingParts),
  text: z.string(),
  writtenBy: byWhom,
  writtenAt: timestamp,
});
export type Remark = z.infer<typeof remarkSchema>;

export const qualityAssuranceSchema = z.object({ revision: z.number().int(), by: byWhom, at: timestamp });

export const assistedSessionBodySchema = z
  .object({
    /** Made on the tablet, so a session sent again is recorded once. */
    id: idSchema,
    startedAt: timestamp,
    finishedAt: timestamp,
    interpreterPresent: z.boolean(),
    language: z.enum(appLocaleCodes),
  })
  .strict()
  // As moments, not as text: '09:00:00Z' sorts after '09:00:00.500Z'.
  .refine((session) => Date.parse(session.startedAt) <= Date.parse(session.finishedAt), {
    error: 'A session finishes after it starts',
    path: ['finishedAt'],
  });
export const assistedSessionSchema = z.object({
  startedAt: timestamp,
  finishedAt: timestamp,
  interpreterPresent: z.boolean(),
  language: z.enum(appLocaleCodes),
  guide: byWhom,
});

export const recommendations = ['work', 'education'] as const;
export const advisorNoteBodySchema = z
  .object({
    wishes: shortText(textLimits.long),
    recommendation: z.enum(recommendations),
    text: shortText(textLimits.long),
    guidanceCompleted: z.boolean(),
  })
  .strict();
export type AdvisorNoteBody = z.infer<typeof advisorNoteBodySchema>;
const advisorNoteSchema = advisorNoteBodySchema.extend({ by: byWhom, at: timestamp });
export type AdvisorNote = z.infer<typeof advisorNoteSchema>;

const loginCodeStateSchema = z.object({ createdAt: timestamp, expiresAt: timestamp, createdBy: byWhom });
/** Shown to the guide once, to read aloud; the server keeps only its hash. */
export const issuedLoginCodeSchema = z.object({ code: z.string(), expiresAt: timestamp });

/** Everything about one person a guide or advisor may see, newest last in every history. */
export const personRecordSchema = z.object({
  person: personSummarySchema,
  mapping: z
    .object({ revision: z.number().int(), content: mappingContentSchema, updatedAt: timestamp })
    .nullable(),
  activeLoginCode: loginCodeStateSchema.nullable(),
  /** Every remark ever written; per part, the newest is the one in force. */
  remarks: z.array(remarkSchema),
  qualityAssurances: z.array(qualityAssuranceSchema),
  assistedSessions: z.array(assistedSessionSchema),
  advisorNotes: z.array(advisorNoteSchema),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;
