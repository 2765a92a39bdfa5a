import { audioPackManifestSchema, type AudioPackManifest } from '../../domain/audio-pack';
import type { AppLocale } from '../../domain/app-locales';

export function audioPackUrl(locale: AppLocale, file: string): string {
  return `/audio/${locale}/${file}`;
}

/** The language's audio pack, or null when it has none (or it cannot be had offline). */
export async function loadAudioPack(locale: AppLocale): Promise<AudioPackManifest | null> {
  try {
    const response = await fetch(audioPackUrl(locale, 'manifest.json'));
    if (!response.ok) return null;
    const parsed = audioPackManifestSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Fetches every clip once so the service worker keeps them: after choosing a language online,
 * read-aloud works offline. A few at a time, to leave room for everything else.
 */
export async function keepAudioPackOffline(locale: AppLocale, pack: AudioPackManifest, signal: AbortSignal): Promise<void> {
  const files = [...new Set(Object.values(pack.clips).map((clip) => clip.file))];
  const worker = async () => {
    for (let file = files.shift(); file !== undefined && !signal.aborted; file = files.shift()) {
      await fetch(audioPackUrl(locale, file), { signal }).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
