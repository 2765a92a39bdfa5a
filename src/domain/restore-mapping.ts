import { appLocaleCodes, sourceLocale, type AppLocale } from '../domain/app-locales';
import { letterConfirmationSchema } from '../domain/information-letter';
import { aboutYouSchema, emptyMappingContent, type MappingContent } from '../domain/mapping';

/**
 * Every mapping read from storage or from the server passes through here, so the screens
 * never see a malformed or older document: missing answers get their empty default, and an
 * answer that no longer fits its field is left empty instead of breaking the whole draft.
 */
export function restoreMapping(raw: unknown, fallbackLanguage: AppLocale = sourceLocale): MappingContent {
  const source = isRecord(raw) ? raw : {};
  const language = (appLocaleCodes as readonly unknown[]).includes(source.language)
    ? (source.language as AppLocale)
    : fallbackLanguage;
  const aboutYou = isRecord(source.aboutYou) ? source.aboutYou : {};
  const fields = aboutYouSchema.shape;
  return {
    ...emptyMappingContent(language),
    informationLetter: letterConfirmationSchema.safeParse(source.informationLetter).data ?? null,
    aboutYou: {
      citizenship: fields.citizenship.safeParse(aboutYou.citizenship).data ?? null,
      gender: fields.gender.safeParse(aboutYou.gender).data ?? null,
      birthYear: fields.birthYear.safeParse(aboutYou.birthYear).data ?? null,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
