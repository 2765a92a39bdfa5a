import type { MessageFormatElement } from 'react-intl';
import type { AppLocale } from '../domain/app-locales';

export type CompiledMessages = Record<string, MessageFormatElement[]>;

/** The participant's messages, or the staff's screens' (see staff-messages.ts). */
export type MessageSet = 'participant' | 'staff';

// Compiled by `npm run locales` (scripts/compile-locales.ts); each locale's set is its own
// chunk, fetched only when needed and kept by the service worker for offline use.
const compiled: Record<MessageSet, Record<string, () => Promise<CompiledMessages>>> = {
  participant: import.meta.glob<CompiledMessages>('./compiled/*.json', { import: 'default' }),
  staff: import.meta.glob<CompiledMessages>('./compiled/staff/*.json', { import: 'default' }),
};

export async function loadMessages(locale: AppLocale, set: MessageSet = 'participant'): Promise<CompiledMessages> {
  const load = compiled[set][`./compiled/${set === 'staff' ? 'staff/' : ''}${locale}.json`];
  if (!load) throw new Error(`No compiled ${set} messages for locale ${locale}; run npm run locales`);
  return load();
}

/** Everything in the locale: the participant's messages and the staff's screens'. */
export async function loadAllMessages(locale: AppLocale): Promise<CompiledMessages> {
  const [participant, staff] = await Promise.all([loadMessages(locale), loadMessages(locale, 'staff')]);
  return { ...participant, ...staff };
}
