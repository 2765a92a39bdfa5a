// Prints the built app's sizes, raw and gzip, per file and for what a phone downloads first.
// Run after a build: npm run build && npm run bench. Figures only; nothing is asserted here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

interface Sized {
  file: string;
  raw: number;
  gzip: number;
}

const sized: Sized[] = files(dist)
  .filter((path) => /\.(js|css|html|webmanifest|svg|png|woff2)$/.test(path) && !path.includes('/audio/'))
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const total = (list: Sized[]) => list.reduce((sum, item) => sum + item.gzip, 0);

console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
for (const item of sized.filter((entry) => !entry.file.endsWith('.woff2'))) {
  console.log(`${item.file.padEnd(40)} ${kb(item.raw)} ${kb(item.gzip)}`);
}

// What the first screen needs: the page, what it links, and the source locale's messages.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
const firstScreen = sized.filter(
  (item) => item.file === 'index.html' || linked.includes(item.file) || /^assets\/nb-[\w-]+\.js$/.test(item.file),
);
const locales = sized.filter((item) => /^assets\/[a-z]{2,3}(-[A-Z]{2})?-[\w-]+\.js$/.test(item.file) && !linked.includes(item.file));
const precacheList = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = sized.filter((item) => precacheList.includes(`"${item.file}"`));

console.log('');
console.log(`first screen (html + entry JS + CSS + nb messages), gzip: ${kb(total(firstScreen)).trim()} KB`);
console.log(`largest locale chunk, gzip:                          ${kb(Math.max(0, ...locales.map((item) => item.gzip))).trim()} KB (${locales.length} locales)`);
console.log(`whole precache, gzip:                                ${kb(total(precached)).trim()} KB (${precached.length} files)`);

// Code lists load per locale when a question needs them (countries/languages, occupations).
for (const [kind, pattern] of [
  ['country and language names', /^assets\/names-/],
  ['occupation titles (ISCO-08)', /^assets\/occupations-/],
] as const) {
  const chunks = sized.filter((item) => pattern.test(item.file));
  console.log(`${`${kind}, per locale, gzip:`.padEnd(52)} ${kb(Math.max(0, ...chunks.map((item) => item.gzip))).trim()} KB largest (${chunks.length} locales)`);
}

// Fonts are fetched per script, only when text in that script is shown.
const fonts = sized.filter((item) => item.file.endsWith('.woff2'));
const fontFor = (pattern: RegExp) => fonts.filter((item) => pattern.test(item.file)).reduce((sum, item) => sum + item.raw, 0);
console.log('');
console.log('fonts a script needs (woff2, regular + bold; already compressed):');
for (const [script, pattern] of [
  ['Latin', /noto-sans-latin-(400|700)-normal/],
  ['Cyrillic', /noto-sans-cyrillic-(400|700)-normal/],
  ['Arabic script', /noto-sans-arabic-arabic-(400|700)-normal/],
  ['Ethiopic', /noto-sans-ethiopic-ethiopic-(400|700)-normal/],
] as const) {
  console.log(`  ${script.padEnd(16)} ${kb(fontFor(pattern))} KB`);
}

// Audio packs are fetched per language, only when it is chosen (MP3 does not gzip further).
const audioDir = join(dist, 'audio');
console.log('');
console.log('audio packs (MP3, fetched when the language is chosen):');
for (const locale of readdirSync(audioDir).filter((name) => statSync(join(audioDir, name)).isDirectory()).sort()) {
  const clips = files(join(audioDir, locale)).filter((path) => path.endsWith('.mp3'));
  const bytes = clips.reduce((sum, path) => sum + statSync(path).size, 0);
  console.log(`  ${locale.padEnd(6)} ${String(clips.length).padStart(3)} clips ${kb(bytes)} KB`);
}
