// The built app's sizes, raw and gzip: a table per file with what it is, then the download
// budgets of issue 9 — the participant's first screen, each further locale, and the precache
// for one language — and the audio packs. Run after a build: npm run build && npm run bench.
// Figures only; nothing is asserted here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appLocales, sourceLocale, type AppLocale } from '../src/domain/app-locales';
import { builtFiles, dist, fontFaces, fontsFor, type BuiltFile, type Kind } from './support/built-app';
import { reportFigures, type Figure } from './support/figures';

const files = builtFiles();
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipOf = (list: readonly BuiltFile[]) => list.reduce((sum, item) => sum + item.gzip, 0);
const of = (kind: Kind) => files.filter((item) => item.kind === kind);
const largest = (list: readonly BuiltFile[]) => list.reduce((top, item) => (item.gzip > top.gzip ? item : top));

function printTable(): void {
  const order: Kind[] = ['page', 'entry', 'lazy chunk', 'locale', 'staff locale', 'code list', 'icon', 'manifest', 'service worker', 'font'];
  const rows = [...files].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.gzip - a.gzip);
  const width = Math.max(...rows.map((item) => item.file.length));
  console.log(`${'file'.padEnd(width)}  ${'what'.padEnd(14)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  precached`);
  for (const item of rows) {
    console.log(
      `${item.file.padEnd(width)}  ${item.kind.padEnd(14)} ${kb(item.raw).toFixed(1).padStart(8)} ${kb(item.gzip).toFixed(1).padStart(8)}  ${item.precached ? 'yes' : 'no'}`,
    );
  }
}

/** The language's messages, as the screens show them (ICU syntax and all: close enough to pick fonts). */
function messageTexts(locale: AppLocale): string {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../locales', `${locale}.json`), 'utf8')) as Record<
    string,
    string | { defaultMessage: string }
  >;
  return Object.values(raw)
    .map((message) => (typeof message === 'string' ? message : message.defaultMessage))
    .join(' ');
}

printTable();

// The first screen asks for the language, in Norwegian: the page, what it links (the entry
// script, the chunks it preloads, the style sheet) and the Norwegian messages.
const sourceMessages = of('locale').find((item) => item.locale === sourceLocale)!;
const firstScreen = [...of('page'), ...of('entry'), sourceMessages];

const furtherLocales = of('locale').filter((item) => item.locale !== sourceLocale);
const largestLocale = largest(furtherLocales);
const largestStaffLocale = largest(of('staff locale'));

// A language's precache: the app, its own messages and code lists, the Norwegian messages of
// the first screen, and the fonts its texts are drawn with (kept by the service worker once
// shown); not the other languages' messages and code lists.
const faces = fontFaces();
const fontFiles = of('font');
const precached = files.filter((item) => item.precached);
function precacheFor(locale: AppLocale, alsoShown = ''): { code: AppLocale; gzip: number; fonts: BuiltFile[] } {
  const others = (item: BuiltFile) =>
    item.locale !== null && item.locale !== locale && !(item.kind === 'locale' && item.locale === sourceLocale);
  const fontsShown = fontsFor(`${messageTexts(sourceLocale)} ${messageTexts(locale)} ${alsoShown}`, faces);
  const fonts = fontFiles.filter((item) => fontsShown.has(item.file));
  return { code: locale, gzip: gzipOf(precached.filter((item) => !others(item))) + gzipOf(fonts), fonts };
}
const worstOf = (list: ReturnType<typeof precacheFor>[]) => list.reduce((top, language) => (language.gzip > top.gzip ? language : top));
const perLanguage = appLocales.map(({ code }) => precacheFor(code));
const worst = worstOf(perLanguage);

// The language choice and the language switch name every language in its own script, so every
// participant's device also draws them with the Arabic, Ethiopic and Cyrillic fonts.
const languageNames = appLocales.map((option) => option.endonym).join(' ');
const choiceFonts = fontFiles.filter((item) => fontsFor(`${messageTexts(sourceLocale)} ${languageNames}`, faces).has(item.file));
const worstWithNames = worstOf(appLocales.map(({ code }) => precacheFor(code, languageNames)));

const fontName = (item: BuiltFile) => item.file.replace(/^assets\/noto-sans-|-normal-[\w-]{8}\.woff2$/g, '');
const codeList = (prefix: string) => largest(of('code list').filter((item) => item.file.startsWith(`assets/${prefix}-`)));

const figures: Figure[] = [
  {
    what: 'first screen: HTML + entry JS + CSS + nb messages, gzip',
    value: kb(gzipOf(firstScreen)),
    unit: 'KB',
    budget: { atMost: 150 },
    note: firstScreen.map((item) => item.file).join(', '),
  },
  {
    what: 'largest further locale (participant messages), gzip',
    value: kb(largestLocale.gzip),
    unit: 'KB',
    budget: { atMost: 15 },
    note: `${largestLocale.locale}, ${furtherLocales.length} locales`,
  },
  {
    what: "largest staff locale (loaded when a staff screen opens), gzip",
    value: kb(largestStaffLocale.gzip),
    unit: 'KB',
    note: `${largestStaffLocale.locale}`,
  },
  { what: 'country and language names per locale, gzip (largest)', value: kb(codeList('names').gzip), unit: 'KB', note: `${codeList('names').locale}` },
  { what: 'ISCO-08 occupation titles per locale, gzip (largest)', value: kb(codeList('occupations').gzip), unit: 'KB', note: `${codeList('occupations').locale}` },
  ...perLanguage.map(({ code, gzip, fonts }) => ({
    what: `precache for ${code}, gzip`,
    value: kb(gzip),
    unit: 'KB',
    note: `fonts ${fonts.map(fontName).join(' ')}`,
  })),
  {
    what: 'precache for one language, worst, gzip',
    value: kb(worst.gzip),
    unit: 'KB',
    budget: { atMost: 600 },
    note: `${worst.code}: app + its messages and code lists + nb messages + fonts its texts use`,
  },
  {
    what: "the same with the fonts of the languages' names, worst, gzip",
    value: kb(worstWithNames.gzip),
    unit: 'KB',
    note: `${worstWithNames.code}: the language choice and switch show every language's name in its own script`,
  },
  { what: 'whole precache (all languages, no fonts), gzip', value: kb(gzipOf(precached)), unit: 'KB', note: `${precached.length} files` },
  {
    what: 'fonts the language choice draws with (woff2)',
    value: kb(gzipOf(choiceFonts)),
    unit: 'KB',
    note: `every language named in its own script: ${choiceFonts.map(fontName).join(' ')}`,
  },
  { what: 'service worker script (not in the precache), gzip', value: kb(gzipOf(of('service worker'))), unit: 'KB' },
];

// Fonts are fetched per script, only when text in that script is shown (already compressed).
for (const [script, pattern] of [
  ['Latin', /noto-sans-latin-(400|700)-normal/],
  ['Cyrillic', /noto-sans-cyrillic-(400|700)-normal/],
  ['Arabic script', /noto-sans-arabic-arabic-(400|700)-normal/],
  ['Ethiopic', /noto-sans-ethiopic-ethiopic-(400|700)-normal/],
] as const) {
  figures.push({ what: `fonts for ${script} (woff2, regular + bold)`, value: kb(gzipOf(fontFiles.filter((item) => pattern.test(item.file)))), unit: 'KB' });
}

reportFigures('bundle-size', 'Download sizes (KB = 1024 bytes, gzip level 9)', figures);

// Audio packs are fetched per language, only when it is chosen (MP3 does not gzip further).
const audioDir = join(dist, 'audio');
console.log('\naudio packs (MP3, fetched when the language is chosen):');
for (const locale of readdirSync(audioDir).filter((name) => statSync(join(audioDir, name)).isDirectory()).sort()) {
  const clips = readdirSync(join(audioDir, locale), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.mp3'));
  const bytes = clips.reduce((sum, path) => sum + statSync(join(audioDir, locale, path)).size, 0);
  console.log(`  ${locale.padEnd(6)} ${String(clips.length).padStart(3)} clips ${kb(bytes).toFixed(1).padStart(8)} KB`);
}
