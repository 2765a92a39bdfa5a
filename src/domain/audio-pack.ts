import { z } from 'zod';

/**
 * An audio pack: one short clip per message of one language, shipped under
 * `public/audio/<locale>/`. Each clip names the hash of the exact text it speaks, so a pack
 * that no longer matches its locale file is caught by a test, never played.
 */
const audioClipSchema = z.object({
  /** First 16 hex digits of the SHA-256 of the message text the clip speaks. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Path under the pack's folder. */
  file: z.string().regex(/^[\w/.-]+\.mp3$/),
  /** `recording`: a person read it (always preferred); `espeak-ng`: made by `npm run audio`. */
  source: z.enum(['recording', 'espeak-ng']),
  bytes: z.number().int().positive(),
});

export const audioPackManifestSchema = z.object({
  locale: z.string(),
  voice: z.string(),
  clips: z.record(z.string(), audioClipSchema),
});
export type AudioPackManifest = z.infer<typeof audioPackManifestSchema>;

/** Each pack also says its language's own name, so the first screen can speak every choice. */
export const languageNameClipId = 'language.name';

/** `public/audio/language-names.json`: for each language with a pack, its name clip. */
export const languageNamesIndexSchema = z.record(z.string(), z.object({ file: z.string(), hash: z.string() }));
export type LanguageNamesIndex = z.infer<typeof languageNamesIndexSchema>;
