// Makes the country and language names the app shows, in each of its fourteen languages, from
// CLDR (npm cldr-localenames-full, a dev dependency only):  npm run code-lists
// Writes src/code-lists/names/<locale>.json (loaded lazily, one locale at a time) and
// src/domain/language-codes.ts. tests/tooling/code-lists.test.ts fails if either goes stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appLocaleCodes, type AppLocale } from '../src/domain/app-locales';
import { countryCodes } from '../src/domain/countries';

type CountryCode = (typeof countryCodes)[number];
type CldrNames = Readonly<Record<string, string>>;

/** What one CLDR locale names: language codes → names, territory codes → names. */
export interface CldrLocaleNames {
  languages: CldrNames;
  territories: CldrNames;
}

/** The names one app locale ships: one for every country code and every language code. */
export interface LocaleNames {
  countries: Record<CountryCode, string>;
  languages: Record<string, string>;
}

/** How many names came from the locale itself (or its CLDR parent) and how many from English. */
export interface Coverage {
  countries: { own: number; english: number };
  languages: { own: number; english: number };
}

export interface CodeLists {
  languageCodes: string[];
  names: Record<AppLocale, LocaleNames>;
  coverage: Record<AppLocale, Coverage>;
}

const root = join(import.meta.dirname, '..');
export const cldrDir = join(root, 'node_modules/cldr-localenames-full/main');
export const namesDir = join(root, 'src/code-lists/names');
export const languageCodesModule = join(root, 'src/domain/language-codes.ts');

/** CLDR locales to read names from, best first; English is always the last resort. */
const cldrLocalesOf: Record<AppLocale, string[]> = {
  nb: ['nb'],
  en: ['en'],
  ar: ['ar'],
  'fa-AF': ['fa-AF', 'fa'],
  fa: ['fa'],
  ps: ['ps'],
  ckb: ['ckb'],
  // CLDR's `ku` locale is Kurmanji; it has no `kmr` (it aliases kmr to ku).
  kmr: ['ku'],
  ti: ['ti'],
  so: ['so'],
  sw: ['sw'],
  fr: ['fr'],
  ru: ['ru'],
  uk: ['uk'],
};
const fallbackLocale = 'en';

// Codes CLDR names that are not languages: unknown, no linguistic content, multiple, uncoded.
const notLanguages = new Set(['und', 'zxx', 'mul', 'mis']);

// CLDR names Dari only as the regional variant fa-AF (it aliases ISO 639-3 prs to fa-AF), but
// Dari is one of our app languages, so people must be able to say they speak it.
const languagesNamedByVariant: Readonly<Record<string, string>> = { prs: 'fa-AF' };

/** ISO 639 codes (two or three letters) that English CLDR names, less the non-languages. */
export function selectLanguageCodes(english: CldrLocaleNames): string[] {
  const named = Object.keys(english.languages).filter((code) => /^[a-z]{2,3}$/.test(code) && !notLanguages.has(code));
  return [...new Set([...named, ...Object.keys(languagesNamedByVariant)])].sort();
}

/** A CLDR name for key: the plain entry, else (only if there is none) an `-alt-` variant. */
function cldrName(names: CldrNames, key: string): string | undefined {
  if (names[key]) return names[key];
  const alternative = Object.keys(names)
    .filter((candidate) => candidate.startsWith(`${key}-alt-`))
    .sort()[0];
  return alternative === undefined ? undefined : names[alternative];
}

type NameSource = 'own' | 'english';

/** The name of key in the first locale that has one, and whether it had to come from English. */
function nameFrom(locales: CldrNames[], english: CldrNames, key: string): { name: string; source: NameSource } {
  for (const names of locales) {
    const name = cldrName(names, key);
    if (name) return { name, source: 'own' };
  }
  const name = cldrName(english, key);
  if (!name) throw new Error(`English CLDR has no name for ${key}`);
  return { name, source: 'english' };
}

/** Names for codes from the given locales, sorted by code, counting English fallbacks. */
function namesFor<Code extends string>(
  codes: readonly Code[],
  locales: CldrNames[],
  english: CldrNames,
  cldrKeyOf: (code: Code) => string,
): { names: Record<Code, string>; own: number; english: number } {
  const names = {} as Record<Code, string>;
  let own = 0;
  for (const code of [...codes].sort()) {
    const found = nameFrom(locales, english, cldrKeyOf(code));
    names[code] = found.name;
    if (found.source === 'own') own += 1;
  }
  return { names, own, english: codes.length - own };
}

/** Pure: builds every app locale's names from CLDR, given a way to get one CLDR locale's names. */
export function buildCodeLists(cldrLocale: (locale: string) => CldrLocaleNames): CodeLists {
  const english = cldrLocale(fallbackLocale);
  const languageCodes = selectLanguageCodes(english);
  const names = {} as Record<AppLocale, LocaleNames>;
  const coverage = {} as Record<AppLocale, Coverage>;
  for (const appLocale of appLocaleCodes) {
    const locales = cldrLocalesOf[appLocale].map(cldrLocale);
    const countries = namesFor(countryCodes, locales.map((locale) => locale.territories), english.territories, (code) => code);
    const languages = namesFor(
      languageCodes,
      locales.map((locale) => locale.languages),
      english.languages,
      (code) => languagesNamedByVariant[code] ?? code,
    );
    names[appLocale] = { countries: countries.names, languages: languages.names };
    coverage[appLocale] = {
      countries: { own: countries.own, english: countries.english },
      languages: { own: languages.own, english: languages.english },
    };
  }
  return { languageCodes, names, coverage };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((name) => typeof name === 'string');
}

/** One of CLDR's per-locale files: main/<locale>/<kind>.json → main.<locale>.localeDisplayNames.<kind>. */
function readCldrFile(dir: string, locale: string, kind: 'languages' | 'territories'): CldrNames {
  const json: unknown = JSON.parse(readFileSync(join(dir, locale, `${kind}.json`), 'utf8'));
  const names = (json as { main?: Record<string, { localeDisplayNames?: Record<string, unknown> }> }).main?.[locale]
    ?.localeDisplayNames?.[kind];
  if (!isStringRecord(names)) throw new Error(`${locale}/${kind}.json is not a CLDR names file`);
  return names;
}

/** Builds the code lists from the CLDR JSON in cldrDir (…/cldr-localenames-full/main). */
export function buildCodeListNames(dir: string = cldrDir): CodeLists {
  return buildCodeLists((locale) => ({
    languages: readCldrFile(dir, locale, 'languages'),
    territories: readCldrFile(dir, locale, 'territories'),
  }));
}

/** JSON with one entry a line and no indentation: small to download, readable in a diff. */
export function renderNamesFile(names: LocaleNames): string {
  const section = (entries: Record<string, string>) =>
    `{\n${Object.entries(entries)
      .map(([code, name]) => `${JSON.stringify(code)}:${JSON.stringify(name)}`)
      .join(',\n')}\n}`;
  return `{"countries":${section(names.countries)},\n"languages":${section(names.languages)}}\n`;
}

/** Quoted codes, several to a line, as in countries.ts. */
function wrapCodes(codes: readonly string[], width = 100): string[] {
  const lines: string[] = [];
  let line = ' ';
  for (const code of codes) {
    const item = ` '${code}',`;
    if (line.length + item.length > width) {
      lines.push(line);
      line = ' ';
    }
    line += item;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

export function renderLanguageCodesModule(languageCodes: readonly string[]): string {
  return [
    '// Generated by `npm run code-lists` (scripts/make-code-lists.ts) from CLDR 48; do not edit.',
    '// The ISO 639 codes (two or three letters) that CLDR gives an English name, less its',
    '// non-languages (und, zxx, mul, mis), plus prs (Dari), which CLDR names only as fa-AF.',
    '// Names are not stored here: they are in src/code-lists/names/<locale>.json.',
    'export const languageCodes = [',
    ...wrapCodes(languageCodes),
    '] as const;',
    '',
    'export type LanguageCode = (typeof languageCodes)[number];',
    '',
  ].join('\n');
}

/** A Markdown table of where each locale's names come from, for src/code-lists/README.md. */
export function renderCoverageTable(coverage: Record<AppLocale, Coverage>): string {
  const rows = appLocaleCodes.map((locale) => {
    const { countries, languages } = coverage[locale];
    return `| ${locale} | ${cldrLocalesOf[locale].join(', ')} | ${countries.own} | ${countries.english} | ${languages.own} | ${languages.english} |`;
  });
  return [
    '| App locale | CLDR locale | Countries: own | Countries: English | Languages: own | Languages: English |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function main(): void {
  const lists = buildCodeListNames();
  mkdirSync(namesDir, { recursive: true });
  for (const locale of appLocaleCodes) writeFileSync(join(namesDir, `${locale}.json`), renderNamesFile(lists.names[locale]));
  writeFileSync(languageCodesModule, renderLanguageCodesModule(lists.languageCodes));
  console.log(`wrote ${appLocaleCodes.length} name files (${countryCodes.length} countries, ${lists.languageCodes.length} languages)`);
  console.log(renderCoverageTable(lists.coverage));
}

// Run only as a script, not when a test imports the builder.
if (resolve(process.argv[1] ?? '') === import.meta.filename) main();
