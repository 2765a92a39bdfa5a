import { z } from 'zod';
import { appLocaleCodes } from './app-locales';
import { citizenshipCodes } from './countries';
import { letterConfirmationSchema } from './information-letter';

export const genders = ['female', 'male', 'other'] as const;
export type Gender = (typeof genders)[number];

/**
 * Part 1 of the mapping. A draft may be half-filled, so every answer may be missing;
 * a birth year is any whole number here (a person may still be typing it) and is judged
 * by `birthYearProblem` against the current year.
 */
export const aboutYouSchema = z
  .object({
    citizenship: z
      .enum(citizenshipCodes, { error: 'Expected an ISO 3166-1 alpha-2 country code, "stateless" or "unknown"' })
      .nullable(),
    gender: z.enum(genders).nullable(),
    birthYear: z.number().int().min(0).max(9999).nullable(),
  })
  .strict();
export type AboutYou = z.infer<typeof aboutYouSchema>;

/** What the person has registered: the part of a mapping that is edited and synced. */
export const mappingContentSchema = z
  .object({
    schemaVersion: z.literal(1),
    language: z.enum(appLocaleCodes),
    /**
     * When, in which language and which version of the information letter the person
     * confirmed receiving. Defaults to null so drafts from app versions before the letter
     * (still queued on some phone) are accepted as they are.
     */
    informationLetter: letterConfirmationSchema.nullable().default(null),
    aboutYou: aboutYouSchema,
  })
  .strict();
export type MappingContent = z.infer<typeof mappingContentSchema>;

const currentSchemaVersion = 1;

export const earliestBirthYear = 1900;

export function emptyMappingContent(language: MappingContent['language']): MappingContent {
  return {
    schemaVersion: currentSchemaVersion,
    language,
    informationLetter: null,
    aboutYou: { citizenship: null, gender: null, birthYear: null },
  };
}

export type BirthYearProblem = 'too_early' | 'in_future';

export function birthYearProblem(birthYear: number | null, currentYear: number): BirthYearProblem | null {
  if (birthYear === null) return null;
  if (birthYear < earliestBirthYear) return 'too_early';
  if (birthYear > currentYear) return 'in_future';
  return null;
}
