import type { AudioPackManifest, LanguageNamesIndex } from '../../domain/audio-pack';
import type { AppLocale } from '../../domain/app-locales';
import { beforeReload } from '../../offline/before-reload';
import { audioCacheName } from '../../offline/cache-names';

export function audioPackUrl(locale: AppLocale, file: string): string {
  return `/audio/${locale}/${file}`;
}

const languageNamesUrl = '/audio/language-names.json';

/**
 * A small JSON file of the audio packs: from the network when there is one (keeping a copy),
 * else the kept copy; null when there is none.
 */
async function fetchKept(url: string): Promise<unknown> {
  const cache = await caches.open(audioCacheName);
  let response: Response | undefined;
  try {
    response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response.clone());
    else if (response.status === 404) await cache.delete(url);
  } catch {
    response = await cache.match(url);
  }
  // Not JSON: the server answers an address it has no file for with the app's page.
  return response?.ok ? response.json().catch(() => null) : null;
}

// The schemas (and zod with them) load beside the file, not in the first screen's download.
const schemas = () => import('../../domain/audio-pack');

/** The language's audio pack, or null when it has none or it cannot be had. */
export async function loadAudioPack(locale: AppLocale): Promise<AudioPackManifest | null> {
  const [{ audioPackManifestSchema }, manifest] = await Promise.all([schemas(), fetchKept(audioPackUrl(locale, 'manifest.json'))]);
  return audioPackManifestSchema.safeParse(manifest).data ?? null;
}

export async function loadLanguageNames(): Promise<LanguageNamesIndex | null> {
  const [{ languageNamesIndexSchema }, index] = await Promise.all([schemas(), fetchKept(languageNamesUrl)]);
  return languageNamesIndexSchema.safeParse(index).data ?? null;
}

/**
 * Keeps clips in Cache Storage, where the service worker answers from when offline. Done by
 * the page itself, so it works on the very first visit too, before the service worker runs it.
 * A few at a time, to leave room for everything else. A clip the server does not have is passed
 * over; when the network is gone, the rest wait for the next start rather than each failing in
 * turn (some 300 failed fetches kept an offline phone busy while it opened). So does every clip
 * left when the app reloads for a new version (which waits for this to stop).
 */
export async function keepClipsOffline(urls: readonly string[], signal: AbortSignal): Promise<void> {
  if (!navigator.onLine) return;
  const reloading = new AbortController();
  const stopBeforeReload = beforeReload(() => reloading.abort());
  const stop = AbortSignal.any([signal, reloading.signal]);
  const cache = await caches.open(audioCacheName);
  // What is kept already, asked once: a match per clip (some 200 a language) busies the page on every start.
  const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const queue = [...new Set(urls)].filter((url) => !kept.has(url));
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined && !stop.aborted; url = queue.shift()) {
      let response: Response;
      try {
        response = await fetch(url, { signal: stop });
      } catch {
        queue.length = 0;
        return;
      }
      if (response.ok) await cache.put(url, response).catch(() => undefined);
      else await response.body?.cancel().catch(() => undefined);
    }
  };
  try {
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    stopBeforeReload();
  }
}
