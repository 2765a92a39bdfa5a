import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { directionOf, sourceLocale, type AppLocale } from '../domain/app-locales';
import { loadMessages, type CompiledMessages } from './load-messages';

interface LocaleChoice {
  locale: AppLocale;
  /** Switches once the new language's messages are loaded; resolves then. */
  chooseLocale(locale: AppLocale): Promise<void>;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocaleChoice outside LocaleProvider');
  return choice;
}

interface Props {
  initialLocale: AppLocale;
  onLocaleChosen?: (locale: AppLocale) => void;
  children: ReactNode;
}

/**
 * Provides the chosen locale's messages and sets the page's language and direction. The
 * previous language stays on screen until the next one is loaded, so switching never blanks
 * a form, and nothing is ever shown in a language other than the one the page says.
 */
export function LocaleProvider({ initialLocale, onLocaleChosen, children }: Props) {
  const [loaded, setLoaded] = useState<{ locale: AppLocale; messages: CompiledMessages } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // Only the newest choice may land, however the loads finish.
  const latestRequest = useRef(0);

  const show = async (locale: AppLocale): Promise<boolean> => {
    const request = ++latestRequest.current;
    const messages = await loadMessages(locale);
    if (request !== latestRequest.current) return false;
    setLoaded({ locale, messages });
    return true;
  };

  useEffect(() => {
    show(initialLocale).catch(setFailure);
    // Loaded once; later changes go through chooseLocale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = directionOf(loaded.locale);
  }, [loaded]);

  if (failure) throw failure;
  if (!loaded) return null;

  const chooseLocale = async (next: AppLocale) => {
    try {
      if (await show(next)) onLocaleChosen?.(next);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <LocaleContext.Provider value={{ locale: loaded.locale, chooseLocale }}>
      <IntlProvider locale={loaded.locale} defaultLocale={sourceLocale} messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
