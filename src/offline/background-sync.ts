/**
 * The service worker's `sync` event (Background Sync, where the browser has it): the browser
 * wakes the service worker when the connection is back, even with Kompass closed, and it
 * sends what is queued. Registering again under the same tag only keeps the one request.
 */
export const backgroundSyncTag = 'kompass-send-drafts';

interface SyncManager {
  register(tag: string): Promise<void>;
}

export function requestBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => (registration as ServiceWorkerRegistration & { sync?: SyncManager }).sync?.register(backgroundSyncTag))
    // Refused (no permission, not supported): the page's own triggers still send.
    .catch(() => undefined);
}
