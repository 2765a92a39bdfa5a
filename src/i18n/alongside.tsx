import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createIntl, useIntl } from 'react-intl';
import { sourceLocale } from '../domain/app-locales';
import { loadAllMessages } from './load-messages';
import type { MessageId } from './message-id';

/** A message in Norwegian, whatever language the page is in. */
export type NorwegianFormat = (id: MessageId, values?: Record<string, string | number>) => string;

const AlongsideContext = createContext<NorwegianFormat | null>(null);

/**
 * In an assisted session (a guide and an interpreter beside the participant) the questions
 * also show in Norwegian. The participant's screens keep working while the Norwegian loads,
 * and without it if it cannot be loaded: the doubling is a help, not a condition.
 */
export function NorwegianAlongside({ children }: { children: ReactNode }) {
  const [norwegian, setNorwegian] = useState<NorwegianFormat | null>(null);

  useEffect(() => {
    let current = true;
    // The guide's own controls are among them (assisted.*).
    loadAllMessages(sourceLocale).then(
      (messages) => {
        if (!current) return;
        // An IntlShape of its own, so plurals and values follow Norwegian rules.
        const intl = createIntl({ locale: sourceLocale, defaultLocale: sourceLocale, messages });
        setNorwegian(() => (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values));
      },
      (error: unknown) => console.error('The Norwegian texts for the assisted session could not be loaded', error),
    );
    return () => {
      current = false;
    };
  }, []);

  return <AlongsideContext.Provider value={norwegian}>{children}</AlongsideContext.Provider>;
}

/**
 * The Norwegian formatter while an assisted session shows texts in both languages; null when
 * there is none, or when the page is already in Norwegian (nothing to double).
 */
export function useAlongside(): NorwegianFormat | null {
  const norwegian = useContext(AlongsideContext);
  const { locale } = useIntl();
  return locale === sourceLocale ? null : norwegian;
}
