import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLocaleCodes } from '../../src/domain/app-locales';
import { audioPackManifestSchema, languageNameClipId, languageNamesIndexSchema } from '../../src/domain/audio-pack';
import { espeakVoices } from '../../src/domain/read-aloud';
import { audioDir, speakableTexts, textHash } from '../../scripts/audio-texts';

const withVoice = appLocaleCodes.filter((locale) => espeakVoices[locale] !== null);
const withoutVoice = appLocaleCodes.filter((locale) => espeakVoices[locale] === null);

describe('audio packs', () => {
  it.each(withVoice)('%s has a pack that says exactly what its locale file says now', (locale) => {
    const manifestPath = join(audioDir, locale, 'manifest.json');
    expect(existsSync(manifestPath), `no pack for ${locale}: run npm run audio`).toBe(true);
    const manifest = audioPackManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    const texts = speakableTexts(locale);
    const stale = [...texts].filter(([id, text]) => manifest.clips[id]?.hash !== textHash(text)).map(([id]) => id);
    expect(stale, `stale or missing clips in ${locale}: run npm run audio`).toEqual([]);
    expect(Object.keys(manifest.clips).sort()).toEqual([...texts.keys()].sort());
    for (const clip of Object.values(manifest.clips)) {
      expect(statSync(join(audioDir, locale, clip.file)).size).toBe(clip.bytes);
    }
  });

  it('lists every pack’s spoken language name for the first screen', () => {
    const index = languageNamesIndexSchema.parse(JSON.parse(readFileSync(join(audioDir, 'language-names.json'), 'utf8')));
    expect(Object.keys(index).sort()).toEqual([...withVoice].sort());
    for (const locale of withVoice) {
      const manifest = audioPackManifestSchema.parse(JSON.parse(readFileSync(join(audioDir, locale, 'manifest.json'), 'utf8')));
      const clip = manifest.clips[languageNameClipId]!;
      expect(index[locale]).toEqual({ file: `${locale}/${clip.file}`, hash: clip.hash });
    }
  });

  it.each(withoutVoice)('%s has no pack: nothing is ever read in another language’s voice', (locale) => {
    expect(existsSync(join(audioDir, locale))).toBe(false);
  });
});
