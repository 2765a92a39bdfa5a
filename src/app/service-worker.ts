import { Workbox } from 'workbox-window';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; `apply` switches to it and reloads. */
  onUpdateWaiting(apply: () => void): void;
  /** The app is stored on the device for the first time and now opens offline. */
  onOfflineReady(): void;
}

const updateCheckIntervalMs = 60 * 60_000;

/**
 * Registers the service worker. An update never takes over by itself: it waits until the
 * person chooses to use it, so a reload can never happen under someone's typing.
 */
let registered = false;

export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  const workbox = new Workbox('/sw.js', { scope: '/' });

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) events.onOfflineReady();
  });
  workbox.addEventListener('waiting', () => {
    events.onUpdateWaiting(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });

  void workbox.register().then((registration) => {
    if (!registration) return;
    const checkForUpdate = () => void registration.update().catch(() => undefined);
    setInterval(checkForUpdate, updateCheckIntervalMs);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && checkForUpdate());
  });
}
