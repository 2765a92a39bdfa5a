import { createContext, startTransition, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { directionOf, sourceLocale, type AppLocale } from '../domain/app-locales';
import { loadAllMessages, loadMessages, type CompiledMessages } from './load-messages';

interface LocaleChoice {
  locale: AppLocale;
  /** Switches once the new language's messages are loaded; resolves then. */
  chooseLocale(locale: AppLocale): Promise<void>;
  /** Whether the staff's screens' messages are there, in this language. */
  staffMessagesShown: boolean;
  /** Loads the staff's screens' messages, in this language and every one chosen after. */
  askForStaffMessages(): void;
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
  /**
   * When the staff's screens' messages load: with the participant's, or only once a staff
   * screen asks (the app's choice, so they never weigh on the participant's download).
   */
  staffMessages?: 'up-front' | 'when-asked';
  children: ReactNode;
}

interface Loaded {
  locale: AppLocale;
  messages: CompiledMessages;
  withStaff: boolean;
}

/**
 * Provides the chosen locale's messages and sets the page's language and direction. The
 * previous language stays on screen until the next one is loaded, so switching never blanks
 * a form, and nothing is ever shown in a language other than the one the page says.
 */
export function LocaleProvider({ initialLocale, onLocaleChosen, staffMessages = 'up-front', children }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [staffWanted, setStaffWanted] = useState(staffMessages === 'up-front');
  // Read by loads already under way, so a language chosen while the staff's messages are asked for gets them too.
  const staffWantedNow = useRef(staffWanted);
  // Only the newest choice may land, however the loads finish.
  const latestRequest = useRef(0);

  const show = async (locale: AppLocale): Promise<boolean> => {
    const request = ++latestRequest.current;
    const withStaff = staffWantedNow.current;
    const messages = await (withStaff ? loadAllMessages(locale) : loadMessages(locale));
    if (request !== latestRequest.current) return false;
    // As a transition: what the new language's screen still waits for (a question's place and
    // language names) keeps the old one on screen until it is there, instead of a "Loading"
    // that takes the question, and the focus in it, away for a moment.
    startTransition(() => setLoaded({ locale, messages, withStaff }));
    return true;
  };

  useEffect(() => {
    show(initialLocale).catch(setFailure);
    // Loaded once; later changes go through chooseLocale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Asked for after the language's messages were loaded: add the staff's to them.
  useEffect(() => {
    if (!staffWanted || !loaded || loaded.withStaff) return;
    const { locale } = loaded;
    loadMessages(locale, 'staff').then(
      (staff) =>
        setLoaded((current) =>
          current && current.locale === locale && !current.withStaff ? { locale, messages: { ...current.messages, ...staff }, withStaff: true } : current,
        ),
      setFailure,
    );
  }, [staffWanted, loaded]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.lang = loaded.locale;
    document.documentElement.dir = directionOf(loaded.locale);
  }, [loaded]);

  const askForStaffMessages = useCallback(() => {
    staffWantedNow.current = true;
    setStaffWanted(true);
  }, []);

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
    <LocaleContext.Provider value={{ locale: loaded.locale, chooseLocale, staffMessagesShown: loaded.withStaff, askForStaffMessages }}>
      <IntlProvider locale={loaded.locale} defaultLocale={sourceLocale} messages={loaded.messages}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
