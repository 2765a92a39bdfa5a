import type { PrecacheEntry } from 'workbox-precaching';

declare global {
  interface ServiceWorkerGlobalScope {
    /** Replaced at build time by vite-plugin-pwa with the list of files to precache. */
    __WB_MANIFEST: (string | PrecacheEntry)[];
  }
}
