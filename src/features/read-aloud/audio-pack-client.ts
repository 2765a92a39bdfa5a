import { audioPackManifestSchema, type AudioPackManifest } from '../../domain/audio-pack';
import type { AppLocale } from '../../domain/app-locales';
import { audioCacheName } from '../../offline/cache-names';

export function audioPackUrl(locale: AppLocale, file: string): string {
  return `/audio/${locale}/${file}`;
}

/**
 * The language's audio pack: from the network when there is one (keeping a copy), else the
 * kept copy; null when the language has none or it was never fetched.
 */
export async function loadAudioPack(locale: AppLocale): Promise<AudioPackManifest | null> {
  const url = audioPackUrl(locale, 'manifest.json');
  const cache = await caches.open(audioCacheName);
  let response: Response | undefined;
  try {
    response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response.clone());
    else if (response.status === 404) await cache.delete(url);
  } catch {
    response = await cache.match(url);
  }
  if (!response?.ok) return null;
  const parsed = audioPackManifestSchema.safeParse(await response.json());
  return parsed.success ? parsed.data : null;
}

/**
 * Keeps every clip of the pack in Cache Storage, where the service worker answers from when
 * offline: choosing a language online is enough for read-aloud to work offline later. Done by
 * the page itself, so it works on the very first visit too, before the service worker runs it.
 */
export async function keepAudioPackOffline(locale: AppLocale, pack: AudioPackManifest, signal: AbortSignal): Promise<void> {
  const cache = await caches.open(audioCacheName);
  const files = [...new Set(Object.values(pack.clips).map((clip) => clip.file))];
  const worker = async () => {
    for (let file = files.shift(); file !== undefined && !signal.aborted; file = files.shift()) {
      const url = audioPackUrl(locale, file);
      if (await cache.match(url)) continue;
      // A clip that fails now is fetched again the next time the language is chosen.
      await cache.add(new Request(url, { signal })).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
