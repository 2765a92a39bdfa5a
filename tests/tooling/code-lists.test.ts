import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLocaleCodes } from '../../src/domain/app-locales';
import { countryCodes } from '../../src/domain/countries';
import { languageCodes } from '../../src/domain/language-codes';
import {
  buildCodeListNames,
  languageCodesModule,
  namesDir,
  renderLanguageCodesModule,
  renderNamesFile,
  type LocaleNames,
} from '../../scripts/make-code-lists';

const built = buildCodeListNames();
const namesFile = (locale: string) => readFileSync(join(namesDir, `${locale}.json`), 'utf8');
const committed = appLocaleCodes.map((code) => ({ code, names: JSON.parse(namesFile(code)) as LocaleNames }));

// The language each app locale is in, as a language code: Dari is prs, and CLDR codes Kurmanji as ku.
const ownLanguages = ['nb', 'en', 'ar', 'prs', 'fa', 'ps', 'ckb', 'ku', 'ti', 'so', 'sw', 'fr', 'ru', 'uk'];

describe('code lists', () => {
  it('language-codes.ts is what npm run code-lists makes from the installed CLDR', () => {
    expect(readFileSync(languageCodesModule, 'utf8')).toBe(renderLanguageCodesModule(built.languageCodes));
  });

  it.each(appLocaleCodes)('names/%s.json is what npm run code-lists makes from the installed CLDR', (code) => {
    expect(namesFile(code)).toBe(renderNamesFile(built.names[code]));
  });

  it.each(committed)('$code names every country and every language, and nothing else', ({ names }) => {
    expect(Object.keys(names).sort()).toEqual(['countries', 'languages']);
    expect(Object.keys(names.countries)).toEqual([...countryCodes].sort());
    expect(Object.keys(names.languages)).toEqual([...languageCodes].sort());
    for (const [code, name] of [...Object.entries(names.countries), ...Object.entries(names.languages)]) {
      expect(name, code).toMatch(/\S/);
    }
  });

  it('has a code for the language of every app locale', () => {
    expect(ownLanguages).toHaveLength(appLocaleCodes.length);
    expect(languageCodes).toEqual(expect.arrayContaining(ownLanguages));
  });
});
