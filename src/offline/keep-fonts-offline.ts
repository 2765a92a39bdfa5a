import { fontCacheName } from './cache-names';

/**
 * Every font a page asks for once the service worker is in charge of it goes through the worker,
 * which keeps fonts itself (sw/sw.ts). Then nothing is left to do here, and looking is not free:
 * waiting on `document.fonts.ready` forces a layout, a 200 ms task in a returning person's cold
 * open at CPU ×4.
 */
const workerInChargeFromStart = typeof navigator !== 'undefined' && navigator.serviceWorker?.controller != null;

/**
 * Puts the fonts this page has downloaded into Cache Storage, where the service worker
 * answers from offline. The page does it itself because on the very first visit the service
 * worker is not yet in charge when the fonts arrive, and the HTTP cache may be emptied.
 */
export async function keepShownFontsOffline(): Promise<void> {
  if (typeof caches === 'undefined' || workerInChargeFromStart) return;
  await document.fonts.ready;
  const fonts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.endsWith('.woff2'));
  const cache = await caches.open(fontCacheName);
  for (const url of fonts) {
    if (!(await cache.match(url.href))) await cache.add(url.href).catch(() => undefined);
  }
}
