/// <reference lib="webworker" />
import '../src/app/zod-without-eval';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { backgroundSyncTag } from '../src/offline/background-sync';
import { audioCacheName, fontCacheName } from '../src/offline/cache-names';
import { openKompassDatabase } from '../src/offline/db';
import { sendQueuedDrafts } from '../src/offline/draft-sync';

declare const self: ServiceWorkerGlobalScope;

// The app shell, every code chunk and every locale's messages: enough to open, to choose any
// language and to work with no network.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page address opens the app from the cache; the API is never answered from here.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

const onlyWhole = new CacheableResponsePlugin({ statuses: [200] });

// Fonts come per script, when text in that script is first shown, and are kept from then on.
registerRoute(
  ({ url }) => url.origin === self.location.origin && /\/assets\/.+\.woff2?$/.test(url.pathname),
  new CacheFirst({ cacheName: fontCacheName, plugins: [onlyWhole] }),
);

// Audio clips are named by the hash of what they say, so a kept clip is never out of date.
// A language's clips are put in this cache by the page when it is chosen (features/read-aloud).
registerRoute(
  ({ url }) => url.origin === self.location.origin && /^\/audio\/.+\.mp3$/.test(url.pathname),
  new CacheFirst({ cacheName: audioCacheName, plugins: [onlyWhole] }),
);

// A waiting update takes over only when the person chose it (see src/app/UpdatePrompt.tsx).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync: the connection is back, perhaps with no Kompass page open. The runner takes
// the same Web Lock as the pages, so a page and this never send at the same time.
self.addEventListener('sync', (event) => {
  if (event.tag !== backgroundSyncTag) return;
  event.waitUntil(
    (async () => {
      const db = openKompassDatabase();
      try {
        await sendQueuedDrafts(db, self.location.origin);
      } finally {
        db.close();
      }
    })(),
  );
});
