// What the build in dist/ holds, as a phone would download it: each file with its size raw and
// gzipped, what it is, and whether the service worker precaches it; and the font faces with
// the characters each one draws, so the fonts a language needs can be told from its texts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isAppLocale, type AppLocale } from '../../src/domain/app-locales';

export const dist = join(import.meta.dirname, '../../dist');

export type Kind =
  | 'page'
  | 'entry'
  | 'lazy chunk'
  | 'locale'
  | 'staff locale'
  | 'code list'
  | 'font'
  | 'icon'
  | 'manifest'
  | 'service worker';

export interface BuiltFile {
  /** Path under dist/. */
  file: string;
  kind: Kind;
  /** Whose messages or code list it holds. */
  locale: AppLocale | null;
  raw: number;
  /** As sent gzipped; woff2 and PNG are compressed already and go as they are. */
  gzip: number;
  precached: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Chunks per locale are named by vite.config.ts: <kind>-<locale>-<8-character hash>.js.
const perLocale: [RegExp, Kind][] = [
  [/^assets\/staff-messages-(.+)-[\w-]{8}\.js$/, 'staff locale'],
  [/^assets\/messages-(.+)-[\w-]{8}\.js$/, 'locale'],
  [/^assets\/(?:names|occupations)-(.+)-[\w-]{8}\.js$/, 'code list'],
];

/** What the page links: its script, the chunks it preloads and its style sheets. */
function linkedByPage(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

function kindOf(file: string, linked: string[]): { kind: Kind; locale: AppLocale | null } {
  for (const [pattern, kind] of perLocale) {
    const locale = pattern.exec(file)?.[1];
    if (locale === undefined) continue;
    if (!isAppLocale(locale)) throw new Error(`${file}: ${locale} is not one of the app's locales (chunk names changed?)`);
    return { kind, locale };
  }
  if (file === 'index.html') return { kind: 'page', locale: null };
  if (file === 'sw.js') return { kind: 'service worker', locale: null };
  if (linked.includes(file)) return { kind: 'entry', locale: null };
  if (file.endsWith('.woff2')) return { kind: 'font', locale: null };
  if (/\.(png|svg)$/.test(file)) return { kind: 'icon', locale: null };
  if (file.endsWith('.webmanifest')) return { kind: 'manifest', locale: null };
  return { kind: 'lazy chunk', locale: null };
}

/**
 * Every file a browser may fetch: not the audio packs (listed apart), nor the .woff fallbacks
 * no browser that runs the app asks for, nor the server's precompressed copies and maps.
 */
export function builtFiles(): BuiltFile[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run npm run build first');
  const linked = linkedByPage(readFileSync(join(dist, 'index.html'), 'utf8'));
  const precacheManifest = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = new Set([...precacheManifest.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((match) => match[1]!));
  return filesUnder(dist)
    .map((path) => relative(dist, path))
    .filter((file) => /\.(js|css|html|webmanifest|svg|png|woff2)$/.test(file) && !file.startsWith('audio/'))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return {
        file,
        ...kindOf(file, linked),
        raw: bytes.length,
        gzip: /\.(woff2|png)$/.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length,
        precached: precached.has(file),
      };
    });
}

interface FontFace {
  family: string;
  /** Path under dist/. */
  file: string;
  ranges: [number, number][];
}

// unicode-range: U+301, U+400-45F, U+1F?? (a ? stands for any hex digit).
function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (to !== undefined) return [parseInt(from!, 16), parseInt(to, 16)];
    return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
  });
}

/** The built style sheets' @font-face rules (woff2 only) and the page's font stack. */
export function fontFaces(): { faces: FontFace[]; stack: string[] } {
  const css = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(dist, 'assets', name), 'utf8'))
    .join('\n');
  const faces = [...css.matchAll(/@font-face\{([^}]*)\}/g)].flatMap(([, rule]) => {
    const family = /font-family:\s*['"]?([^;'"]+)/.exec(rule!)?.[1]?.trim();
    const file = /url\(["']?\/([^)"']+\.woff2)/.exec(rule!)?.[1];
    const range = /unicode-range:([^;]+)/.exec(rule!)?.[1];
    return family && file ? [{ family, file, ranges: range ? parseRanges(range) : [[0, 0x10ffff]] as [number, number][] }] : [];
  });
  const stackRule = /font-family:([^;}]*Noto Sans[^;}]*,[^;}]*)/.exec(css.replace(/@font-face\{[^}]*\}/g, ''))?.[1];
  if (!stackRule) throw new Error('No font stack with Noto Sans in the built style sheets');
  return { faces, stack: stackRule.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, '')) };
}

/**
 * The font files a browser fetches to draw `text`: for each character, the first family of
 * the stack with a face whose unicode-range holds it, in every weight shipped (regular and
 * bold are both on screen). Checked against what Chromium fetched for fa, fa-AF, uk and kmr.
 */
export function fontsFor(text: string, { faces, stack }: ReturnType<typeof fontFaces>): Set<string> {
  const files = new Set<string>();
  for (const codePoint of new Set([...text].map((char) => char.codePointAt(0)!))) {
    // Spaces, and the invisible joining and direction marks no font is picked for (Chromium
    // fetches no Devanagari for the zero-width non-joiner Persian is full of).
    if (/[\s\p{Cf}]/u.test(String.fromCodePoint(codePoint))) continue;
    const holds = (face: FontFace) => face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
    const family = stack.find((name) => faces.some((face) => face.family === name && holds(face)));
    for (const face of faces) if (face.family === family && holds(face)) files.add(face.file);
  }
  return files;
}
