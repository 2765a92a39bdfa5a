import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { appLocaleCodes, appLocales } from '../../src/domain/app-locales';

const root = join(import.meta.dirname, '../..');

/** The font files src/app/fonts.ts ships: every subset of the families, regular and bold. */
function shippedFonts(): fontkit.Font[] {
  return ['noto-sans', 'noto-sans-arabic', 'noto-sans-ethiopic'].flatMap((family) => {
    const dir = join(root, 'node_modules/@fontsource', family, 'files');
    return readdirSync(dir)
      .filter((name) => /-(400|700)-normal\.woff2$/.test(name))
      .map((name) => fontkit.create(readFileSync(join(dir, name))) as fontkit.Font);
  });
}

const fonts = shippedFonts();

function messagesOf(locale: string): string[] {
  const raw = JSON.parse(readFileSync(join(root, 'locales', `${locale}.json`), 'utf8')) as Record<
    string,
    string | { defaultMessage: string }
  >;
  return Object.values(raw).map((message) => (typeof message === 'string' ? message : message.defaultMessage));
}

// Spaces and invisible direction and joining marks are layout, not glyphs to draw.
const invisibleCodePoints = new Set([0x200c, 0x200d, 0x200e, 0x200f, 0x2068, 0x2069]);

function uncovered(text: string, weight: 400 | 700): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (/\s/u.test(char) || invisibleCodePoints.has(codePoint)) continue;
    const covered = fonts.some(
      (font) => (font['OS/2'].usWeightClass === weight) && font.hasGlyphForCodePoint(codePoint),
    );
    if (!covered) missing.add(`${char} U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...missing];
}

describe('shipped fonts', () => {
  it('has regular and bold faces for every family', () => {
    expect(new Set(fonts.map((font) => `${font.familyName} ${font['OS/2'].usWeightClass}`))).toEqual(
      new Set(['Noto Sans 400', 'Noto Sans 700', 'Noto Sans Arabic 400', 'Noto Sans Arabic 700', 'Noto Sans Ethiopic 400', 'Noto Sans Ethiopic 700']),
    );
  });

  it.each(appLocaleCodes)('draw every character of %s, in regular and bold', (locale) => {
    const text = messagesOf(locale).join(' ');
    expect(uncovered(text, 400)).toEqual([]);
    expect(uncovered(text, 700)).toEqual([]);
  });

  it('would notice a character no shipped font draws', () => {
    expect(uncovered('Kompass 漢', 400)).toEqual(['漢 U+6F22']);
  });

  it('draw every language’s own name, shown on every screen', () => {
    const names = appLocales.map((locale) => locale.endonym).join(' ');
    expect(uncovered(names, 400)).toEqual([]);
    expect(uncovered(names, 700)).toEqual([]);
  });
});
