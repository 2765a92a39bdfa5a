import type { PrecacheEntry } from 'workbox-precaching';

declare global {
  interface ServiceWorkerGlobalScope {
    /** Replaced at build time by vite-plugin-pwa with the list of files to precache. */
    __WB_MANIFEST: (string | PrecacheEntry)[];
  }

  /** Background Sync (not in TypeScript's WebWorker library). */
  interface SyncEvent extends ExtendableEvent {
    readonly tag: string;
    readonly lastChance: boolean;
  }

  interface ServiceWorkerGlobalScopeEventMap {
    sync: SyncEvent;
  }
}
