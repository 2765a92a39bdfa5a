import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { appLocaleCodes } from '../../src/domain/app-locales';

const localesDir = join(import.meta.dirname, '../../locales');
const source = JSON.parse(readFileSync(join(localesDir, 'nb.json'), 'utf8')) as Record<
  string,
  { defaultMessage: string; description: string }
>;
const translations = appLocaleCodes
  .filter((code) => code !== 'nb')
  .map((code) => ({ code, messages: JSON.parse(readFileSync(join(localesDir, `${code}.json`), 'utf8')) as Record<string, string> }));

/** The placeholders a message uses, with their kinds, so `{n, plural}` ≠ `{n}`. */
function placeholders(message: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.push(`${element.value}:${element.type}`);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...new Set(found)].sort();
}

describe('locales', () => {
  it('has one file per app language and no other', () => {
    const files = readdirSync(localesDir).filter((name) => name.endsWith('.json'));
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...appLocaleCodes].sort());
  });

  it('describes every source message for translators', () => {
    for (const [id, message] of Object.entries(source)) {
      expect(message.description, id).toMatch(/\S{3}/);
    }
  });

  it.each(translations)('$code has every key of nb and no other', ({ messages }) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(source).sort());
  });

  it.each(translations)('$code is valid ICU with the same placeholders as nb', ({ messages }) => {
    for (const [id, message] of Object.entries(messages)) {
      expect(placeholders(message), id).toEqual(placeholders(source[id]!.defaultMessage));
    }
  });

  it.each(translations.filter(({ code }) => code !== 'en'))('$code is translated, not an English copy', ({ code, messages }) => {
    const english = translations.find((translation) => translation.code === 'en')!.messages;
    // Words, not placeholders: "{role}, {area}" is the same in every language.
    const words = (text: string) => text.replace(/\{\w+\}/g, '');
    const copied = Object.keys(messages).filter(
      (id) => id !== 'app.name' && messages[id] === english[id] && /[a-z]{3}/i.test(words(english[id]!)),
    );
    expect(copied, code).toEqual([]);
  });
});
