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
  .filter((path) => /\.(js|css|html|webmanifest|svg|png)$/.test(path) && !path.endsWith('.map'))
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const total = (list: Sized[]) => list.reduce((sum, item) => sum + item.gzip, 0);

console.log(`${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`);
for (const item of sized) console.log(`${item.file.padEnd(40)} ${kb(item.raw)} ${kb(item.gzip)}`);

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
