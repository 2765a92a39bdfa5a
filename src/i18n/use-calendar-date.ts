import { useIntl } from 'react-intl';

/**
 * A calendar date (YYYY-MM-DD, no time zone) written out in the current language: read as UTC
 * so no time zone moves it a day; as plain numbers where the browser has no date names.
 */
export function useCalendarDate(): (isoDate: string) => string {
  const intl = useIntl();
  if (Intl.DateTimeFormat.supportedLocalesOf([intl.locale]).length === 0) {
    return (isoDate) => isoDate.split('-').reverse().join('.');
  }
  return (isoDate) => intl.formatDate(`${isoDate}T00:00:00Z`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
