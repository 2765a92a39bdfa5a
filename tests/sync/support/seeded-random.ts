/** A small seeded generator (mulberry32), so a failing fault run can be replayed with its seed. */
export interface Random {
  (): number;
  /** A whole number in [0, below). */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  seed: number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }) as Random;
  next.int = (below) => Math.floor(next() * below);
  next.pick = (items) => items[next.int(items.length)]!;
  next.seed = seed;
  return next;
}
