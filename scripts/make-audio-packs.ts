// Makes the audio packs under public/audio/<locale>/ with Debian's espeak-ng (a build tool
// only: GPL, never bundled) and lame, for every language espeak-ng can speak:
//   apt-get install -y espeak-ng lame && npm run audio
// Clips are named by the hash of their text, so unchanged messages keep their files. A human
// recording is added by hand as { "source": "recording", "file": "recordings/<id>.mp3" } with
// the hash of the text it reads; it is kept, and preferred by the app, while that text stands.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appLocaleCodes } from '../src/domain/app-locales';
import { audioPackManifestSchema, languageNameClipId, type AudioPackManifest, type LanguageNamesIndex } from '../src/domain/audio-pack';
import { espeakVoices } from '../src/domain/read-aloud';
import { audioDir, speakableTexts, textHash } from './audio-texts';

const wordsPerMinute = '145';
const scratch = mkdtempSync(join(tmpdir(), 'kompass-audio-'));

function speak(voice: string, text: string, mp3Path: string): void {
  const wav = join(scratch, 'clip.wav');
  execFileSync('espeak-ng', ['-v', voice, '-s', wordsPerMinute, '-w', wav, '--', text]);
  // Mono, 16 kHz, 16 kbit/s MP3: about 2 KB a second, clear enough for a synthetic voice, and
  // plays in every target browser (iOS Safari included).
  execFileSync('lame', ['--quiet', '-m', 'm', '--resample', '16', '-b', '16', wav, mp3Path]);
}

function readManifest(path: string): AudioPackManifest | null {
  if (!existsSync(path)) return null;
  return audioPackManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const languageNames: LanguageNamesIndex = {};
try {
  for (const locale of appLocaleCodes) {
    const voice = espeakVoices[locale];
    if (!voice) continue;
    const packDir = join(audioDir, locale);
    mkdirSync(packDir, { recursive: true });
    const manifestPath = join(packDir, 'manifest.json');
    const previous = readManifest(manifestPath);
    const clips: AudioPackManifest['clips'] = {};
    let made = 0;
    for (const [id, text] of speakableTexts(locale)) {
      const hash = textHash(text);
      const recording = previous?.clips[id];
      if (recording?.source === 'recording' && recording.hash === hash) {
        clips[id] = recording;
        continue;
      }
      const file = `${hash}.mp3`;
      const path = join(packDir, file);
      if (!existsSync(path)) {
        speak(voice, text, path);
        made += 1;
      }
      clips[id] = { hash, file, source: 'espeak-ng', bytes: statSync(path).size };
    }
    const used = new Set(Object.values(clips).map((clip) => clip.file));
    for (const name of readdirSync(packDir)) {
      if (name.endsWith('.mp3') && !used.has(name)) rmSync(join(packDir, name));
    }
    const manifest: AudioPackManifest = { locale, voice: `espeak-ng ${voice}`, clips };
    const name = clips[languageNameClipId]!;
    languageNames[locale] = { file: `${locale}/${name.file}`, hash: name.hash };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const bytes = Object.values(clips).reduce((sum, clip) => sum + clip.bytes, 0);
    console.log(`${locale}: ${Object.keys(clips).length} clips (${made} new), ${(bytes / 1024).toFixed(0)} KB`);
  }
  writeFileSync(join(audioDir, 'language-names.json'), `${JSON.stringify(languageNames, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
