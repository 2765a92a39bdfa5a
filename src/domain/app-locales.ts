/** The fourteen languages Kompass speaks, each named in its own language and script. */
export const appLocales = [
  { code: 'nb', endonym: 'Norsk bokmål', direction: 'ltr' },
  { code: 'en', endonym: 'English', direction: 'ltr' },
  { code: 'ar', endonym: 'العربية', direction: 'rtl' },
  { code: 'fa-AF', endonym: 'دری', direction: 'rtl' },
  { code: 'fa', endonym: 'فارسی', direction: 'rtl' },
  { code: 'ps', endonym: 'پښتو', direction: 'rtl' },
  { code: 'ckb', endonym: 'کوردیی ناوەندی', direction: 'rtl' },
  { code: 'kmr', endonym: 'Kurmancî', direction: 'ltr' },
  { code: 'ti', endonym: 'ትግርኛ', direction: 'ltr' },
  { code: 'so', endonym: 'Soomaali', direction: 'ltr' },
  { code: 'sw', endonym: 'Kiswahili', direction: 'ltr' },
  { code: 'fr', endonym: 'Français', direction: 'ltr' },
  { code: 'ru', endonym: 'Русский', direction: 'ltr' },
  { code: 'uk', endonym: 'Українська', direction: 'ltr' },
] as const;

export type AppLocale = (typeof appLocales)[number]['code'];
export type TextDirection = (typeof appLocales)[number]['direction'];

export const sourceLocale: AppLocale = 'nb';

export const appLocaleCodes = appLocales.map((locale) => locale.code) as [AppLocale, ...AppLocale[]];

export function isAppLocale(code: string): code is AppLocale {
  return (appLocaleCodes as string[]).includes(code);
}

export function directionOf(code: AppLocale): TextDirection {
  return appLocales.find((locale) => locale.code === code)?.direction ?? 'ltr';
}
