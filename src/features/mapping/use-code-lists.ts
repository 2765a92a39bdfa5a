import { use } from 'react';
import { loadCodeLists, occupationTitles, placeAndLanguageNames } from '../../code-lists/load-code-lists';
import { sourceLocale, type AppLocale } from '../../domain/app-locales';
import type { Searchable } from '../../domain/code-search';
import { countryCodes, type CountryCode } from '../../domain/countries';
import { iscoUnitGroupCodes, type IscoUnitGroupCode } from '../../domain/isco-08';
import { languageCodes, type LanguageCode } from '../../domain/language-codes';
import { useLocaleChoice } from '../../i18n/LocaleProvider';

/**
 * Names of countries, languages and occupations in the person's language, with the
 * Norwegian names alongside so a guide can search in Norwegian too. Suspends until loaded,
 * unless prefetchCodeLists had them ready: then the question shows at once, in one piece.
 * Built once per language, not on every question that shows them.
 */
export function useCodeLists() {
  const { locale } = useLocaleChoice();
  return (
    built.get(locale) ??
    codeListsFor(locale, use(placeAndLanguageNames(locale)), use(placeAndLanguageNames(sourceLocale)), use(occupationTitles(locale)), use(occupationTitles(sourceLocale)))
  );
}

/**
 * Loads and builds what useCodeLists needs, so a screen can wait for it before it shows (a
 * question whose list comes a moment later pushes the buttons below it down). Resolves when
 * done either way: a list that failed to load fails again, visibly, where it is used.
 */
export function prefetchCodeLists(locale: AppLocale): Promise<void> {
  return loadCodeLists(locale).then(
    (loaded) => void codeListsFor(locale, ...loaded),
    () => undefined,
  );
}

function codeListsFor(locale: AppLocale, ...loaded: [Names, Names, Titles, Titles]) {
  let lists = built.get(locale);
  if (!lists) {
    lists = buildCodeLists(locale, ...loaded);
    built.set(locale, lists);
  }
  return lists;
}

type Names = Awaited<ReturnType<typeof placeAndLanguageNames>>;
type Titles = Awaited<ReturnType<typeof occupationTitles>>;

function buildCodeLists(locale: AppLocale, local: Names, norwegian: Names, localOccupations: Titles, norwegianOccupations: Titles) {
  // The searchable lists are made when the person first searches: sorting needs a collator,
  // whose data takes a cheap phone a moment to load, and the question shows before any search.
  const collator = once(() => new Intl.Collator(locale));
  const sorted = <C extends string>(items: Searchable<C>[]) => items.sort((a, b) => collator().compare(a.names[0]!, b.names[0]!));
  const both = (first: string, second: string) => (first === second ? [first] : [first, second]);
  return {
    countryName: (code: CountryCode) => local.countries[code],
    languageName: (code: LanguageCode) => local.languages[code],
    occupationTitle: (code: IscoUnitGroupCode) => localOccupations[code],
    // For the guide in an assisted session, beside the names above.
    norwegianCountryName: (code: CountryCode) => norwegian.countries[code],
    norwegianLanguageName: (code: LanguageCode) => norwegian.languages[code],
    norwegianOccupationTitle: (code: IscoUnitGroupCode) => norwegianOccupations[code],
    countries: once(() => sorted(countryCodes.map((code) => ({ code, names: both(local.countries[code], norwegian.countries[code]) })))),
    languages: once(() => sorted(languageCodes.map((code) => ({ code, names: both(local.languages[code], norwegian.languages[code]) })))),
    occupations: once(() => iscoUnitGroupCodes.map((code) => ({ code, names: both(localOccupations[code], norwegianOccupations[code]) }))),
  };
}

/** `make`, run the first time its value is asked for and remembered from then. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

const built = new Map<AppLocale, ReturnType<typeof buildCodeLists>>();

/** What most participants choose, offered before they type (most common origins first). */
export const commonCountries: readonly CountryCode[] = ['SY', 'AF', 'ER', 'UA', 'SO', 'IQ', 'IR', 'SD', 'SS', 'ET', 'CD', 'PS', 'TR', 'MM'];
export const commonLanguages: readonly LanguageCode[] = ['ar', 'prs', 'fa', 'ps', 'ckb', 'ku', 'ti', 'so', 'sw', 'am', 'om', 'fr', 'ru', 'uk', 'en', 'nb'];
export const commonOccupations: readonly IscoUnitGroupCode[] = [
  '5223', '5120', '9112', '8322', '7115', '7231', '6111', '2341', '5322', '7411', '7512', '7531', '5141', '9313', '2221',
];
