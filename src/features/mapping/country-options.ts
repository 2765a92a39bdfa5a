import { countryCodes, type Citizenship } from '../../domain/countries';

/**
 * Countries named and sorted in the person's language. The browser's own names are used
 * for now; where it has none for a language, the English name stands in.
 */
export function countryOptions(locale: string): { value: Citizenship; label: string }[] {
  const names = displayNames(locale);
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ value: code as Citizenship, label: names(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

function displayNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}
