import { sourceLocale, type AppLocale } from '../domain/app-locales';
import type { CountryCode } from '../domain/countries';
import type { IscoUnitGroupCode } from '../domain/isco-08';
import type { LanguageCode } from '../domain/language-codes';

/**
 * The code lists' names, fetched per locale only when a question needs them (each file is
 * its own chunk, precached by the service worker so it works offline). Promises are kept,
 * so a list is loaded once and React's `use()` can wait for it.
 */
interface PlaceAndLanguageNames {
  countries: Record<CountryCode, string>;
  languages: Record<LanguageCode, string>;
}
type OccupationTitles = Record<IscoUnitGroupCode, string>;

const nameFiles = import.meta.glob<PlaceAndLanguageNames>('./names/*.json', { import: 'default' });
const occupationFiles = import.meta.glob<OccupationTitles>('./isco-08/*.json', { import: 'default' });

const loaded = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loaded.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    // A failed load (e.g. offline before the chunk was cached) may be tried again later.
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

export function placeAndLanguageNames(locale: AppLocale): Promise<PlaceAndLanguageNames> {
  return once(`names:${locale}`, () => nameFiles[`./names/${locale}.json`]!());
}

/** Occupation titles in the locale, or in English where no translation exists yet. */
export function occupationTitles(locale: AppLocale): Promise<OccupationTitles> {
  const file = occupationFiles[`./isco-08/${locale}.json`] ?? occupationFiles['./isco-08/en.json']!;
  return once(`isco:${locale}`, file);
}


/** All a mapping's lists need in `locale`: its names, and the Norwegian ones shown beside them. */
export function loadCodeLists(locale: AppLocale): Promise<[PlaceAndLanguageNames, PlaceAndLanguageNames, OccupationTitles, OccupationTitles]> {
  return Promise.all([placeAndLanguageNames(locale), placeAndLanguageNames(sourceLocale), occupationTitles(locale), occupationTitles(sourceLocale)]);
}
