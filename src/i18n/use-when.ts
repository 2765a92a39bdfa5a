import { useIntl } from 'react-intl';

/**
 * Dates and times in the person's language where the browser knows how to write them there;
 * otherwise as plain numbers (23.11.2026, 14:05) rather than in English. Chromium has no date
 * names for Pashto, Sorani, Kurmanji, Tigrinya or Somali.
 */
export interface When {
  date: (iso: string) => string;
  time: (iso: string) => string;
}

const writesDatesIn = new Map<string, boolean>();

/**
 * Whether the browser has date names for the language: asked of the formatter a date is written
 * with, not of `supportedLocalesOf`, which loads every language's list first (75 ms in Chromium
 * before the first "sent at" showed). Once per language.
 */
export function browserWritesDatesIn(locale: string): boolean {
  let writes = writesDatesIn.get(locale);
  if (writes === undefined) {
    const language = (tag: string) => tag.split('-')[0];
    writes = language(new Intl.DateTimeFormat(locale).resolvedOptions().locale) === language(locale);
    writesDatesIn.set(locale, writes);
  }
  return writes;
}

export function useWhen(): When {
  const intl = useIntl();
  if (!browserWritesDatesIn(intl.locale)) return numericWhen;
  return {
    date: (iso) => intl.formatDate(iso, { day: 'numeric', month: 'long', year: 'numeric' }),
    time: (iso) => intl.formatTime(iso, { hour: '2-digit', minute: '2-digit' }),
  };
}

const two = (value: number) => String(value).padStart(2, '0');

/** Day.month.year and a 24-hour clock, in the device's time zone. */
export const numericWhen: When = {
  date: (iso) => {
    const at = new Date(iso);
    return `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}`;
  },
  time: (iso) => {
    const at = new Date(iso);
    return `${two(at.getHours())}:${two(at.getMinutes())}`;
  },
};
