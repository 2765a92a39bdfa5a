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

export function useWhen(): When {
  const intl = useIntl();
  if (Intl.DateTimeFormat.supportedLocalesOf([intl.locale]).length === 0) return numericWhen;
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
