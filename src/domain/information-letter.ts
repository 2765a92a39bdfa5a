import { z } from 'zod';
import { appLocaleCodes, type AppLocale } from './app-locales';

/**
 * The information letter every participant must be given, in a language they understand,
 * before registering (IMDi's letter, `shared/seeds/003_…`). Bump the version whenever its
 * content changes, so each confirmation says which text the person received.
 */
export const informationLetterVersion = 'imdi-2021.1';

/** Addresses the letter names; shown as written, never translated. */
export const informationLetterContacts = {
  imdiEmail: 'post@imdi.no',
  dpoEmail: 'personvernombud@imdi.no',
  datatilsynetRights: 'https://www.datatilsynet.no/rettigheter-og-plikter/den-registrertes-rettigheter/',
  imdiPrivacy: 'https://www.imdi.no/om-imdi/personvern/',
} as const;

export const letterConfirmationSchema = z
  .object({
    version: z.string().regex(/^[\w.-]{1,40}$/),
    language: z.enum(appLocaleCodes),
    confirmedAt: z.iso.datetime(),
  })
  .strict();
export type LetterConfirmation = z.infer<typeof letterConfirmationSchema>;

export function confirmLetter(language: AppLocale, at: Date): LetterConfirmation {
  return { version: informationLetterVersion, language, confirmedAt: at.toISOString() };
}
