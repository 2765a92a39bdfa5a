// What each audio clip says: the locale's messages as spoken, shared by `npm run audio`
// and the test that fails when a pack no longer matches its locale.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { datatilsynet } from '../src/domain/complaint-authority';
import { informationLetterContacts } from '../src/domain/information-letter';
import { appLocales, type AppLocale } from '../src/domain/app-locales';
import { languageNameClipId } from '../src/domain/audio-pack';
import { isStaffMessage } from '../src/i18n/staff-messages';

const root = join(import.meta.dirname, '..');
export const audioDir = join(root, 'public/audio');

/** Placeholders whose value never changes can be spoken ahead of time. */
const fixedValues: Record<string, string> = {
  imdiEmail: informationLetterContacts.imdiEmail,
  dpoEmail: informationLetterContacts.dpoEmail,
  datatilsynetAddress: datatilsynet.address,
  datatilsynetPhone: datatilsynet.phone,
  datatilsynetWeb: datatilsynet.web,
};

function localeMessages(locale: AppLocale): Record<string, string> {
  const raw = JSON.parse(readFileSync(join(root, 'locales', `${locale}.json`), 'utf8')) as Record<
    string,
    string | { defaultMessage: string }
  >;
  return Object.fromEntries(
    Object.entries(raw).map(([id, message]) => [id, typeof message === 'string' ? message : message.defaultMessage]),
  );
}

/**
 * The participant's messages that can be recorded ahead of time (no placeholder that changes),
 * as spoken, and the language's own name.
 */
export function speakableTexts(locale: AppLocale): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, message] of Object.entries(localeMessages(locale))) {
    if (isStaffMessage(id)) continue;
    let text = '';
    let fixed = true;
    for (const element of parse(message)) {
      if (element.type === TYPE.literal) text += element.value;
      else if (element.type === TYPE.argument && fixedValues[element.value] !== undefined) text += fixedValues[element.value];
      else fixed = false;
    }
    if (fixed) texts.set(id, text.trim());
  }
  texts.set(languageNameClipId, appLocales.find((option) => option.code === locale)!.endonym);
  return texts;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
