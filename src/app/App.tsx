import { useEffect, useState } from 'react';
import type { AppLocale } from '../domain/app-locales';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { MappingScreen } from '../features/mapping/MappingScreen';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { useT } from '../i18n/use-t';
import type { KompassDatabase } from '../offline/db';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorScreen } from './ErrorScreen';
import { UpdatePrompt } from './UpdatePrompt';
import type { ServiceWorkerEvents } from './service-worker';

interface Props {
  db: KompassDatabase;
  initialLocale: AppLocale;
  /** Hooks the app's notices to the service worker; absent in tests and development. */
  watchServiceWorker?: (events: ServiceWorkerEvents) => void;
}

export function App({ db, initialLocale, watchServiceWorker }: Props) {
  return (
    <LocaleProvider
      initialLocale={initialLocale}
      onLocaleChosen={(locale) => void db.settings.put({ key: 'locale', value: locale })}
    >
      <Shell db={db} watchServiceWorker={watchServiceWorker} />
    </LocaleProvider>
  );
}

function Shell({ db, watchServiceWorker }: Omit<Props, 'initialLocale'>) {
  const t = useT();
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    watchServiceWorker?.({
      onUpdateWaiting: (apply) => setApplyUpdate(() => apply),
      onOfflineReady: () => setOfflineReady(true),
    });
  }, [watchServiceWorker]);

  return (
    <>
      <header className="app-header">
        <div>
          <h1 className="app-name">{t('app.name')}</h1>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        {applyUpdate && <UpdatePrompt apply={applyUpdate} />}
        {offlineReady && (
          <p className="notice" role="status" data-testid="offline-ready">
            {t('app.offlineReady')}
          </p>
        )}
        <ErrorBoundary fallback={(retry) => <ErrorScreen retry={retry} />}>
          <MappingScreen db={db} />
        </ErrorBoundary>
      </main>
    </>
  );
}
