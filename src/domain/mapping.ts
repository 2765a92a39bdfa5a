import { z } from 'zod';
import { appLocaleCodes } from './app-locales';
import { citizenshipCodes, countryCodes } from './countries';
import { letterConfirmationSchema } from './information-letter';
import { iscoUnitGroupCodes } from './isco-08';
import { languageCodes } from './language-codes';
import { wholeText } from './text';

/**
 * The seven parts of the competence mapping. A draft may be half-filled, so every answer may
 * be missing (null, empty text, empty list); what must be answered before submitting is
 * decided by `missingAnswers` in ./submission, not here.
 */

export const genders = ['female', 'male', 'other'] as const;
export type Gender = (typeof genders)[number];

/** Self-rated skill, shown as a scale of pictures (0–3 filled bars) next to the words. */
export const skillLevels = ['not_at_all', 'a_little', 'well', 'very_well'] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** ISCED 2011 levels 0–8, shown in plain words. */
export const iscedLevels = ['0', '1', '2', '3', '4', '5', '6', '7', '8'] as const;

export const employmentKinds = ['employed', 'self_employed'] as const;
export const activityKinds = ['volunteering', 'caring', 'trade', 'other'] as const;
/** Norwegian driving licence classes (førerkortklasser), which follow the EU's. */
export const drivingLicenceClasses = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'T'] as const;
/** Areas a person can point at, with a picture each: used for interests and for wishes. */
export const workAreas = [
  'care', 'children', 'teaching', 'cooking', 'cleaning', 'building', 'machines', 'transport',
  'computers', 'office', 'shop', 'farming', 'nature', 'crafts', 'sport', 'languages',
] as const;
export type WorkArea = (typeof workAreas)[number];
export const goals = ['work', 'education', 'both', 'unsure'] as const;

/** Every list has a ceiling so one draft cannot grow without bound (and the API stays small). */
export const listLimits = { languages: 20, schooling: 15, work: 20, activities: 20 } as const;
export const textLimits = { short: 200, long: 2000 } as const;

const shortText = wholeText().max(textLimits.short);
const longText = wholeText().max(textLimits.long);
const country = z.enum(countryCodes, { error: 'Expected an ISO 3166-1 alpha-2 country code' }).nullable();
const yearsCount = (max: number) => z.number().int().min(0).max(max).nullable();
const yesNo = z.boolean().nullable();
const skill = z.enum(skillLevels).nullable();
/** Entries carry an id so edits, reorders and (later) merges follow the entry, not its place. */
const entryId = wholeText().min(1).max(64);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, { error: 'Each choice may appear once' });

export const aboutYouSchema = z
  .object({
    citizenship: z
      .enum(citizenshipCodes, { error: 'Expected an ISO 3166-1 alpha-2 country code, "stateless" or "unknown"' })
      .nullable(),
    gender: z.enum(genders).nullable(),
    /** Any whole number here (a person may still be typing); judged by `birthYearProblem`. */
    birthYear: z.number().int().min(0).max(9999).nullable(),
  })
  .strict();
export type AboutYou = z.infer<typeof aboutYouSchema>;

export const languageEntrySchema = z
  .object({
    id: entryId,
    language: z.enum(languageCodes, { error: 'Expected an ISO 639 language code' }).nullable(),
    motherTongue: yesNo,
    understand: skill,
    speak: skill,
    read: skill,
    write: skill,
  })
  .strict();
export type LanguageEntry = z.infer<typeof languageEntrySchema>;

export const schoolingEntrySchema = z
  .object({
    id: entryId,
    level: z.enum(iscedLevels).nullable(),
    field: shortText,
    country,
    years: yearsCount(30),
    completed: yesNo,
    documentation: yesNo,
  })
  .strict();
export type SchoolingEntry = z.infer<typeof schoolingEntrySchema>;

export const workEntrySchema = z
  .object({
    id: entryId,
    /** The person's own words; the ISCO-08 code is a help for the guide, not a replacement. */
    occupation: shortText,
    isco: z.enum(iscoUnitGroupCodes, { error: 'Expected an ISCO-08 unit group code' }).nullable(),
    country,
    years: yearsCount(70),
    employment: z.enum(employmentKinds).nullable(),
    tasks: longText,
  })
  .strict();
export type WorkEntry = z.infer<typeof workEntrySchema>;

export const activityEntrySchema = z
  .object({
    id: entryId,
    kind: z.enum(activityKinds).nullable(),
    description: longText,
    years: yearsCount(70),
  })
  .strict();
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const activitiesSchema = z
  .object({
    hasDrivingLicence: yesNo,
    drivingLicenceClasses: uniqueList(z.enum(drivingLicenceClasses), drivingLicenceClasses.length),
    computerSkills: skill,
    entries: z.array(activityEntrySchema).max(listLimits.activities),
  })
  .strict();

export const interestsSchema = z
  .object({ areas: uniqueList(z.enum(workAreas), workAreas.length), other: longText })
  .strict();

export const wishesSchema = z
  .object({ goal: z.enum(goals).nullable(), areas: uniqueList(z.enum(workAreas), workAreas.length), text: longText })
  .strict();

/**
 * A value `restoreMapping` could not place (unknown key, or no longer valid), kept for the
 * guide: where it was, and the value as JSON text. Text, not parsed JSON, so that no schema or
 * server on the way can reshape it (an own "__proto__" key, say) and it arrives byte for byte.
 */
export const setAsidePathLimit = 200;
export const setAsideValueLimit = 262_144;
export const setAsideValueSchema = z
  .object({
    path: wholeText().max(setAsidePathLimit),
    value: wholeText().max(setAsideValueLimit),
    /**
     * 'conflict': another device gave this place a different answer; the answer on this device
     * stays in the field and the other one is kept here until a guide decides. Absent: a value
     * that could not be restored.
     */
    reason: z.literal('conflict').optional(),
  })
  .strict();
export type SetAsideValue = z.infer<typeof setAsideValueSchema>;

const currentSchemaVersion = 2;
export const setAsideLimit = 500;

/** What the person has registered: the part of a mapping that is edited and synced. */
export const mappingContentSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    language: z.enum(appLocaleCodes),
    /** When, in which language and which version of the information letter the person confirmed. */
    informationLetter: letterConfirmationSchema.nullable(),
    aboutYou: aboutYouSchema,
    languages: z.array(languageEntrySchema).max(listLimits.languages),
    schooling: z.array(schoolingEntrySchema).max(listLimits.schooling),
    work: z.array(workEntrySchema).max(listLimits.work),
    activities: activitiesSchema,
    interests: interestsSchema,
    wishes: wishesSchema,
    /** Set once, when the person submits; a submitted mapping is no longer edited by them. */
    submittedAt: z.iso.datetime().nullable(),
    setAside: z.array(setAsideValueSchema).max(setAsideLimit),
  })
  .strict();
export type MappingContent = z.infer<typeof mappingContentSchema>;

export type ListPart = keyof typeof listLimits;

export const emptyEntries = {
  languages: (id: string): LanguageEntry => ({
    id, language: null, motherTongue: null, understand: null, speak: null, read: null, write: null,
  }),
  schooling: (id: string): SchoolingEntry => ({
    id, level: null, field: '', country: null, years: null, completed: null, documentation: null,
  }),
  work: (id: string): WorkEntry => ({
    id, occupation: '', isco: null, country: null, years: null, employment: null, tasks: '',
  }),
  activities: (id: string): ActivityEntry => ({ id, kind: null, description: '', years: null }),
} as const;

export function emptyMappingContent(language: MappingContent['language']): MappingContent {
  return {
    schemaVersion: currentSchemaVersion,
    language,
    informationLetter: null,
    aboutYou: { citizenship: null, gender: null, birthYear: null },
    languages: [],
    schooling: [],
    work: [],
    activities: { hasDrivingLicence: null, drivingLicenceClasses: [], computerSkills: null, entries: [] },
    interests: { areas: [], other: '' },
    wishes: { goal: null, areas: [], text: '' },
    submittedAt: null,
    setAside: [],
  };
}

export const earliestBirthYear = 1900;

export type BirthYearProblem = 'too_early' | 'in_future';

export function birthYearProblem(birthYear: number | null, currentYear: number): BirthYearProblem | null {
  if (birthYear === null) return null;
  if (birthYear < earliestBirthYear) return 'too_early';
  if (birthYear > currentYear) return 'in_future';
  return null;
}
