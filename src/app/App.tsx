import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { sourceLocale, type AppLocale } from '../domain/app-locales';
import { LanguageChoice } from '../features/language/LanguageChoice';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { ReadAloudNotice, ReadAloudSpeed } from '../features/read-aloud/ReadAloudControls';
import { ReadAloudProvider } from '../features/read-aloud/ReadAloudProvider';
import { assistedPersonOf, workspaceHref, workspaceRouteOf } from '../features/workspace/routes';
import { LocaleProvider, useLocaleChoice } from '../i18n/LocaleProvider';
import { StaffMessages } from '../i18n/StaffMessages';
import { useT } from '../i18n/use-t';
import type { KompassDatabase } from '../offline/db';
import { keepShownFontsOffline } from '../offline/keep-fonts-offline';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorScreen } from './ErrorScreen';
import { loadedParticipantFlow, loadParticipantFlow } from './participant-flow-loader';
import { UpdatePrompt } from './UpdatePrompt';
import type { ServiceWorkerEvents } from './service-worker';
import { deviceViewHref, useDeviceView } from './use-device-view';
import { useHashRoute } from './use-hash-route';

// The login, the letter and the mapping (questions, schemas, the device database) load after the
// first screen, unless they were loaded before it (see ./participant-flow-loader).
const LazyParticipantFlow = lazy(() => loadParticipantFlow().then((flow) => ({ default: flow })));
const DevicePanel = lazy(() => import('../features/device/DevicePanel').then((module) => ({ default: module.DevicePanel })));
const AssistedScreen = lazy(() => import('./AssistedScreen').then((module) => ({ default: module.AssistedScreen })));
const WorkspaceScreen = lazy(() => import('./WorkspaceScreen').then((module) => ({ default: module.WorkspaceScreen })));

interface Props {
  db: KompassDatabase;
  /** The language chosen on this device before, or null on first use (then it is asked first). */
  initialLocale: AppLocale | null;
  /** The browser would not keep anything on the device: answers live only while the page is open. */
  inMemory?: boolean;
  /** Hooks the app's notices to the service worker; absent in tests and development. */
  watchServiceWorker?: (events: ServiceWorkerEvents) => void;
}

export function App({ db, initialLocale, inMemory = false, watchServiceWorker }: Props) {
  return (
    <LocaleProvider
      initialLocale={initialLocale ?? sourceLocale}
      staffMessages="when-asked"
      onLocaleChosen={(locale) => void db.settings.put({ key: 'locale', value: locale })}
    >
      <Shell db={db} languageChosen={initialLocale !== null} inMemory={inMemory} watchServiceWorker={watchServiceWorker} />
    </LocaleProvider>
  );
}

/**
 * Whether the address opens the participant's screens (and not the device overview or a staff
 * screen), as Shell decides below; main.tsx loads them ahead when it does.
 */
export function participantScreensAt(hash: string): boolean {
  return hash !== deviceViewHref && workspaceRouteOf(hash) === null && assistedPersonOf(hash) === null;
}

interface ShellProps extends Omit<Props, 'initialLocale'> {
  languageChosen: boolean;
}

function Shell({ db, languageChosen, inMemory = false, watchServiceWorker }: ShellProps) {
  const t = useT();
  const { locale, chooseLocale } = useLocaleChoice();
  const [chosen, setChosen] = useState(languageChosen);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  // Chosen once: swapping the component later would start the person's screens over.
  const [ParticipantFlow] = useState(() => loadedParticipantFlow() ?? LazyParticipantFlow);
  const deviceView = useDeviceView();
  const workspaceRoute = useHashRoute(workspaceRouteOf);
  const assistedPersonId = useHashRoute(assistedPersonOf);
  useWarningBeforeLeaving(inMemory);

  // Whatever script is now on screen, its font stays available offline.
  useEffect(() => {
    void keepShownFontsOffline();
  }, [locale, chosen]);

  useEffect(() => {
    watchServiceWorker?.({
      onUpdateWaiting: (apply) => setApplyUpdate(() => apply),
      onOfflineReady: () => setOfflineReady(true),
    });
  }, [watchServiceWorker]);

  const loading = <p role="status">{t('app.loading')}</p>;
  // The staff's screens come with their own messages, loaded when one opens.
  const staffScreen = (screen: ReactNode) => (
    <Suspense fallback={loading}>
      <StaffMessages fallback={loading}>{screen}</StaffMessages>
    </Suspense>
  );

  return (
    <ReadAloudProvider locale={chosen ? locale : null}>
      <header className="app-header">
        <div>
          {/* In the staff workspace each screen's title is the page's h1. */}
          {workspaceRoute ? (
            <p className="app-name">{t('app.name')}</p>
          ) : (
            <>
              <h1 className="app-name">{t('app.name')}</h1>
              <p className="app-tagline">{t('app.tagline')}</p>
            </>
          )}
        </div>
        {(chosen || assistedPersonId) && <LanguageSwitch />}
      </header>
      <main className="app-main">
        {applyUpdate && <UpdatePrompt apply={applyUpdate} />}
        {inMemory && (
          <p className="notice notice-alert" role="alert" data-testid="memory-only">
            {t('storage.memoryOnly')}
          </p>
        )}
        <ErrorBoundary fallback={(retry) => <ErrorScreen retry={retry} />}>
          {workspaceRoute ? (
            staffScreen(<WorkspaceScreen db={db} route={workspaceRoute} />)
          ) : assistedPersonId ? (
            staffScreen(<AssistedScreen db={db} personId={assistedPersonId} inMemory={inMemory} />)
          ) : deviceView.shown ? (
            staffScreen(<DevicePanel db={db} inMemory={inMemory} close={deviceView.close} />)
          ) : chosen ? (
            <>
              <ReadAloudNotice />
              <div className="screen">
                <Suspense fallback={loading}>
                  <ParticipantFlow db={db} inMemory={inMemory} />
                </Suspense>
              </div>
              <ReadAloudSpeed />
            </>
          ) : (
            <LanguageChoice onChoose={(next) => void chooseLocale(next).then(() => setChosen(true))} />
          )}
        </ErrorBoundary>
        {/* After the screen, not above it: arriving a moment after the screen, it would push it down under a finger. */}
        {offlineReady && (
          <p className="notice notice-below" role="status" data-testid="offline-ready">
            {t('app.offlineReady')}
          </p>
        )}
      </main>
      {!deviceView.shown && !workspaceRoute && !assistedPersonId && (
        <footer className="app-footer">
          <a href={deviceViewHref}>{t('device.open')}</a>
          <span aria-hidden="true"> · </span>
          <a href={workspaceHref.home}>{t('staff.open')}</a>
        </footer>
      )}
    </ReadAloudProvider>
  );
}

/** With nothing kept on the device, closing the page would lose the answers: the browser asks first. */
function useWarningBeforeLeaving(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
