import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { directionOf, sourceLocale, type AppLocale } from '../domain/app-locales';
import { loadMessages, type CompiledMessages } from './load-messages';

interface LocaleChoice {
  locale: AppLocale;
  chooseLocale(locale: AppLocale): void;
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
 * Loads the chosen locale's messages and sets the page's language and direction. While a
 * new locale loads, the previous one stays on screen, so switching never blanks a form.
 */
export function LocaleProvider({ initialLocale, onLocaleChosen, children }: Props) {
  const [locale, setLocale] = useState(initialLocale);
  const [loaded, setLoaded] = useState<{ locale: AppLocale; messages: CompiledMessages } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    loadMessages(locale).then(
      (messages) => current && setLoaded({ locale, messages }),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = directionOf(loaded.locale);
  }, [loaded]);

  if (failure) throw failure;
  if (!loaded) return null;

  const chooseLocale = (next: AppLocale) => {
    setLocale(next);
    onLocaleChosen?.(next);
  };
  return (
    <LocaleContext.Provider value={{ locale: loaded.locale, chooseLocale }}>
      <IntlProvider locale={loaded.locale} defaultLocale={sourceLocale} messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
