import { setAsideLimit, type SetAsideValue } from './mapping';

/** Past the ceiling, the extra values are folded into the last slot rather than dropped. */
export function capSetAside(values: SetAsideValue[]): SetAsideValue[] {
  if (values.length <= setAsideLimit) return values;
  const overflow = values.slice(setAsideLimit - 1);
  return [...values.slice(0, setAsideLimit - 1), { path: 'setAside.overflow', value: toJsonText(overflow) }];
}

/** Anything as JSON text; what JSON cannot hold (a cycle, a BigInt) as the text of its string. */
export function toJsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return JSON.stringify(String(value));
  }
}
