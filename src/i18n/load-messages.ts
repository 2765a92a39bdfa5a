import type { MessageFormatElement } from 'react-intl';
import type { AppLocale } from '../domain/app-locales';

export type CompiledMessages = Record<string, MessageFormatElement[]>;

// Compiled by `npm run locales` (scripts/compile-locales.ts); each locale is its own chunk,
// fetched only when chosen and then kept by the service worker for offline use.
const compiledLocales = import.meta.glob<CompiledMessages>('./compiled/*.json', { import: 'default' });

export async function loadMessages(locale: AppLocale): Promise<CompiledMessages> {
  const load = compiledLocales[`./compiled/${locale}.json`];
  if (!load) throw new Error(`No compiled messages for locale ${locale}; run npm run locales`);
  return load();
}
