import { z } from 'zod';
import { appLocaleCodes } from './app-locales';
import { letterConfirmationSchema } from './information-letter';
import { aboutYouSchema } from './mapping';

/**
 * Mapping content as app versions before the seven parts sent it (only "about you").
 * Frozen: phones may still hold such drafts in their outbox, and the API accepts them and
 * upgrades them with `restoreMapping`.
 */
export const mappingContentV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    language: z.enum(appLocaleCodes),
    informationLetter: letterConfirmationSchema.nullable().default(null),
    aboutYou: aboutYouSchema,
  })
  .strict();
