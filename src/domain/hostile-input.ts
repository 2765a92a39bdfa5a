import fc from 'fast-check';
import { emptyMappingContent, type MappingContent } from './mapping';

/**
 * Input that has broken other systems, for the fuzz tests of the API and of the functions that
 * restore and merge what devices and storage hand over: SQL and markup payloads, script links,
 * prototype names, broken and invisible characters, wrong types, huge and deep values. Test
 * input only: nothing in the app imports it.
 */

export const sqlPayload = "'; drop table persons; --";
export const markupPayloads = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klikk</a>',
  'javascript:alert(1)',
] as const;

export const hostileTexts = [
  sqlPayload,
  "' or '1'='1",
  'Robert"); drop table staff;--',
  ...markupPayloads,
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'prototype',
  '../../etc/passwd',
  '%00%ff',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u202eevil\u202c',
  '\ufeff',
  '\r\n\t',
  ' ',
  '',
  'null',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '🙂👩‍👩‍👧',
  'نجار',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
] as const;

/** Just past the text limits (200 and 2000 characters), and a megabyte. */
export const hugeTexts = ['x'.repeat(201), 'ø'.repeat(2001), 'x'.repeat(1024 * 1024)] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileTexts), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.constantFrom(...hugeTexts), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
);

/** An array or object nested this deep, as a value (JSON.stringify takes it). */
function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any value of the wrong kind, or of the right kind but out of bounds; undefined drops the field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 8 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(true, false, null, undefined, [], {}), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(nested(2000, 'array'), nested(2000, 'object')), weight: 1 },
);

/** JSON text that no JS value stringifies to: numbers past a double, bare words, escapes of broken characters, nesting past any stack. */
export const rawJsonFragments = [
  '1e309',
  '-1e309',
  '1e-400',
  'NaN',
  'Infinity',
  'undefined',
  '0x10',
  '01',
  '.5',
  '"\\ud800"',
  '"a\\u0000b"',
  '"\\udfff\\ud800"',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":[]}]',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
  `${'{"a":'.repeat(5_000)}{"__proto__":{"polluted":true}}${'}'.repeat(5_000)}`,
  "'single quoted'",
  '"unterminated',
] as const;

/** Keys a careless merge copies onto Object.prototype (JS object literals drop "__proto__", so these go in as text). */
export const pollutingKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Bytes that are not UTF-8: a lone continuation, an overlong slash, a surrogate half (CESU-8), past U+10FFFF, 0xFF. */
export const invalidUtf8 = [[0xff], [0xfe, 0xff], [0xc3, 0x28], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]] as const;

/** Whole bodies that are no JSON object: empty, bare values, broken, a byte-order mark, a megabyte array, trailing garbage. */
export const rawBodies = [
  '',
  'null',
  '[]',
  '"x"',
  '0',
  '{',
  'NaN',
  '\ufeff{}',
  '{"a":1}garbage',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `[${'1,'.repeat(300_000)}1]`,
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
] as const;

export const oddContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=kompass',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/vnd.api+json',
  'text/html',
  'application/xml',
] as const;

const pristineObjectPrototype = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Was Object.prototype (or Array's) given a property by anything that just ran? */
export function prototypePolluted(): boolean {
  return (
    ({} as Record<string, unknown>).polluted !== undefined ||
    ([] as unknown as Record<string, unknown>).polluted !== undefined ||
    Object.getOwnPropertyNames(Object.prototype).some((name) => !pristineObjectPrototype.has(name))
  );
}

// --- Documents: a valid one, and hostile changes to it ---------------------------------

/** A mapping with every part answered and one of each entry, for the fuzz tests to break place by place. */
export function filledMapping(): MappingContent {
  const content = emptyMappingContent('ar');
  return {
    ...content,
    informationLetter: { version: 'imdi-2021.1', language: 'ar', confirmedAt: '2026-11-23T10:00:00.000Z' },
    aboutYou: { citizenship: 'SY', gender: 'female', birthYear: 1990 },
    languages: [{ id: 'l1', language: 'ar', motherTongue: true, understand: 'very_well', speak: 'very_well', read: 'well', write: 'well' }],
    schooling: [{ id: 's1', level: '3', field: 'Sykepleie', country: 'SY', years: 3, completed: true, documentation: false }],
    work: [{ id: 'w1', occupation: 'Snekker', isco: null, country: 'SY', years: 4, employment: 'employed', tasks: 'Bygde hus' }],
    activities: {
      ...content.activities,
      hasDrivingLicence: true,
      drivingLicenceClasses: ['B'],
      entries: [{ id: 'a1', kind: 'volunteering', description: 'Røde Kors', years: 2 }],
    },
    interests: { areas: ['building'], other: 'Fotball' },
    wishes: { goal: 'work', areas: ['care'], text: 'Jobbe i barnehage' },
    setAside: [{ path: 'aboutYou.shoeSize', value: '42' }],
  };
}

/**
 * One hostile change to a JSON document that was valid (a request body, a stored draft): a
 * field replaced by a value (a text field by a text), by JSON text no value stringifies to, or
 * by bytes that are not UTF-8; a polluting key added; or the whole document swapped. `at` picks the place (modulo
 * the places the document has), so a change stays reproducible from its seed while the
 * document itself is made fresh for each case (new ids).
 */
export type DocumentChange =
  | { kind: 'value'; at: number; value: unknown }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'raw'; at: number; fragment: string }
  | { kind: 'key'; at: number; key: string }
  | { kind: 'bytes'; at: number; bytes: readonly number[] }
  | { kind: 'body'; value: unknown }
  | { kind: 'rawBody'; text: string };

const at = fc.nat();

/** Changes to one place of the document. */
export const fieldChanges: fc.Arbitrary<DocumentChange>[] = [
  fc.record({ kind: fc.constant('value' as const), at, value: hostileValue }),
  fc.record({ kind: fc.constant('text' as const), at, value: hostileString }),
  fc.record({ kind: fc.constant('raw' as const), at, fragment: fc.constantFrom(...rawJsonFragments) }),
  fc.record({ kind: fc.constant('key' as const), at, key: fc.constantFrom(...pollutingKeys) }),
  fc.record({ kind: fc.constant('bytes' as const), at, bytes: fc.constantFrom(...invalidUtf8) }),
];

/** Another document altogether. */
export const wholeChanges: fc.Arbitrary<DocumentChange>[] = [
  fc.record({ kind: fc.constant('body' as const), value: fc.oneof(hostileValue, fc.anything({ maxDepth: 3 })) }),
  fc.record({ kind: fc.constant('rawBody' as const), text: fc.constantFrom(...rawBodies) }),
];

type Path = (string | number)[];
const valueMark = '\u0001fuzz-value\u0001';
const keyMark = '\u0001fuzz-key\u0001';

/** Every place in a document: each key and index, and a new key in each object. */
function places(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...path, index], ...places(item, [...path, index])]);
  if (!isObject(value)) return [];
  const own = Object.entries(value).flatMap(([key, item]) => [[...path, key], ...places(item, [...path, key])]);
  return [...own, [...path, keyMark]];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((item, key) => (item as Record<string | number, unknown>)[key], value);
}

function withValueAt(document: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object' && !Array.isArray(value);
const pick = <T>(items: T[], index: number): T => items[index % items.length]!;
const isText = (document: unknown) => (path: Path) => typeof valueAt(document, path) === 'string';
const placeIn = (document: unknown, index: number, filter: (path: Path) => boolean = () => true) => {
  const found = places(document).filter(filter);
  return found.length ? pick(found, index) : [keyMark];
};

/**
 * The document's text (bytes, when they are not UTF-8) after the change, and the hostile text
 * placed in one of its fields, if any: a 2xx must have stored exactly that.
 */
export function changedText(document: unknown, change: DocumentChange): { text: string | Uint8Array | undefined; placed?: string } {
  switch (change.kind) {
    case 'value': {
      const path = placeIn(document, change.at);
      const placed = typeof change.value === 'string' && path.at(-1) !== keyMark ? change.value : undefined;
      return { text: JSON.stringify(withValueAt(document, path, change.value)), placed };
    }
    case 'text': {
      const path = placeIn(document, change.at, isText(document));
      return { text: JSON.stringify(withValueAt(document, path, change.value)), placed: path.at(-1) === keyMark ? undefined : change.value };
    }
    case 'raw':
      return { text: JSON.stringify(withValueAt(document, placeIn(document, change.at), valueMark)).replace(JSON.stringify(valueMark), change.fragment) };
    case 'key': {
      const objects = [[], ...places(document).filter((path) => path.at(-1) !== keyMark && isObject(valueAt(document, path)))];
      const text = JSON.stringify(withValueAt(document, [...pick(objects, change.at), keyMark], { polluted: true }));
      return { text: text.replace(JSON.stringify(keyMark), JSON.stringify(change.key)) };
    }
    case 'bytes': {
      const path = placeIn(document, change.at, isText(document));
      const marked = JSON.stringify(withValueAt(document, path, `a${valueMark}b`));
      const [before, after] = marked.split(JSON.stringify(valueMark).slice(1, -1));
      return { text: joined(utf8.encode(before), Uint8Array.from(change.bytes), utf8.encode(after)) };
    }
    case 'body':
      return { text: JSON.stringify(change.value) };
    case 'rawBody':
      return { text: change.text };
  }
}

/**
 * The changed document as a function reading storage gets it: the value itself (so -0, NaN or
 * undefined survive), or its text parsed as a browser would (bytes decoded with U+FFFD), or
 * the text itself when it is no JSON.
 */
export function changedValue(document: unknown, change: DocumentChange): unknown {
  if (change.kind === 'value') return withValueAt(document, placeIn(document, change.at), change.value);
  if (change.kind === 'text') return withValueAt(document, placeIn(document, change.at, isText(document)), change.value);
  if (change.kind === 'body') return change.value;
  const { text } = changedText(document, change);
  const decoded = typeof text === 'string' || text === undefined ? (text ?? '') : new TextDecoder().decode(text);
  try {
    return JSON.parse(decoded);
  } catch {
    return decoded;
  }
}

const utf8 = new TextEncoder();

function joined(...parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((at, part) => (all.set(part, at), at + part.length), 0);
  return all;
}
