// What a device holds on a person's next visit, waited for before a benchmark measures one: the
// language's read-aloud clips kept, and every draft delivered. Without these waits the measured
// visit also downloads (or, offline, tries to download) some 300 clips and re-sends a draft.
import type { Page } from 'playwright-core';
import type { AppLocale } from '../../src/domain/app-locales';
import { audioCacheName } from '../../src/offline/cache-names';
import { waitInPage } from '../../tests/e2e/support/pages';

/**
 * Waits until the read-aloud clips are all on the device, as they are on a next visit: the spoken
 * language names (every device keeps them) and, when given, a language's own clips.
 */
export async function clipsKeptOffline(page: Page, locale?: AppLocale): Promise<void> {
  await waitInPage(
    page,
    async ({ cacheName, locale }) => {
      const names = (await (await fetch('/audio/language-names.json')).json()) as Record<string, { file: string }>;
      const clips = new Set(Object.values(names).map((clip) => `/audio/${clip.file}`));
      if (locale) {
        const manifest = (await (await fetch(`/audio/${locale}/manifest.json`)).json()) as { clips: Record<string, { file: string }> };
        for (const clip of Object.values(manifest.clips)) clips.add(`/audio/${locale}/${clip.file}`);
      }
      const kept = (await (await caches.open(cacheName)).keys()).filter((request) => clips.has(new URL(request.url).pathname));
      return kept.length === clips.size;
    },
    { cacheName: audioCacheName, locale },
    60_000,
  );
}

/** Waits until the server has every draft on the device (the outbox is empty), as on a next visit. */
export async function draftsDelivered(page: Page): Promise<void> {
  await waitInPage(
    page,
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('kompass');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result === 0);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    null,
  );
}
