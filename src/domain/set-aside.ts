import { setAsideLimit, type SetAsideValue } from './mapping';

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
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? 'null';
  } catch {
    return JSON.stringify(Object.prototype.toString.call(value));
  }
}
