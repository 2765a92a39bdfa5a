import type { AppLocale } from './app-locales';

/**
 * How each language can be read aloud. Text is only ever spoken by a voice of its own
 * language: Tigrinya is never read with an Amharic voice, nor Sorani with a Kurmanji one.
 */

/** BCP 47 tags a device voice may have to read this language (Dari may use a Persian voice). */
const deviceVoiceTags: Record<AppLocale, readonly string[]> = {
  nb: ['nb', 'no'],
  en: ['en'],
  ar: ['ar'],
  'fa-AF': ['fa-AF', 'prs', 'fa'],
  fa: ['fa'],
  ps: ['ps'],
  ckb: ['ckb'],
  kmr: ['kmr', 'ku'],
  ti: ['ti'],
  so: ['so'],
  sw: ['sw'],
  fr: ['fr'],
  ru: ['ru'],
  uk: ['uk'],
};

/** espeak-ng voices used to make the shipped audio packs (`npm run audio`); null = none exists. */
export const espeakVoices: Record<AppLocale, string | null> = {
  nb: 'nb',
  en: 'en-gb',
  ar: 'ar',
  'fa-AF': 'fa',
  fa: 'fa',
  ps: null,
  ckb: null,
  kmr: 'ku',
  ti: null,
  so: null,
  sw: 'sw',
  fr: 'fr-fr',
  ru: 'ru',
  uk: 'uk',
};

export interface DeviceVoice {
  lang: string;
  name: string;
  localService: boolean;
}

function matchesTag(voiceLang: string, tag: string): boolean {
  const lang = voiceLang.replace(/_/g, '-').toLowerCase();
  const wanted = tag.toLowerCase();
  return lang === wanted || lang.startsWith(`${wanted}-`);
}

/**
 * The device's best voice for a language: one that works offline first, then any other.
 * Tags are tried in order, so Dari prefers a Dari voice over a Persian one.
 */
export function pickDeviceVoice<V extends DeviceVoice>(locale: AppLocale, voices: readonly V[]): V | null {
  for (const tag of deviceVoiceTags[locale]) {
    const matching = voices.filter((voice) => matchesTag(voice.lang, tag));
    const chosen = matching.find((voice) => voice.localService) ?? matching[0];
    if (chosen) return chosen;
  }
  return null;
}

/** Where the sound for one message comes from, in order of preference. */
export type ClipSource = 'recording' | 'device' | 'pack';

export function chooseClipSource(input: {
  hasRecording: boolean;
  hasDeviceVoice: boolean;
  hasPackClip: boolean;
}): ClipSource | null {
  if (input.hasRecording) return 'recording';
  if (input.hasDeviceVoice) return 'device';
  if (input.hasPackClip) return 'pack';
  return null;
}
