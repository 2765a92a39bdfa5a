import { setAsideLimit, setAsideValueLimit, type SetAsideValue } from './mapping';

/** Past the ceiling, the extra values are folded into the last slot rather than dropped. */
export function capSetAside(values: SetAsideValue[]): SetAsideValue[] {
  if (values.length <= setAsideLimit) return values;
  const overflow = values.slice(setAsideLimit - 1);
  return [...values.slice(0, setAsideLimit - 1), { path: 'setAside.overflow', value: toJsonText(overflow) }];
}

/**
 * Anything as JSON text: a BigInt (IndexedDB keeps them) as its digits, and what JSON cannot
 * hold at all (a cycle) as its description, which even an object without a prototype has.
 */
export function toJsonText(value: unknown): string {
  try {
    return fitted(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? 'null');
  } catch {
    return JSON.stringify(Object.prototype.toString.call(value));
  }
}

/**
 * JSON text longer than a set-aside value may be (no answer comes near: they stop at 2 000
 * characters) is kept as a JSON string of its beginning, saying how long it was. Escaping at
 * most doubles its length, so half the room is always enough.
 */
function fitted(text: string): string {
  if (text.length <= setAsideValueLimit) return text;
  const note = `… (${text.length} characters)`;
  let end = Math.floor((setAsideValueLimit - 2) / 2) - note.length;
  // Never half a character: a lone surrogate is not text the schema takes.
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
  return JSON.stringify(text.slice(0, end) + note);
}
