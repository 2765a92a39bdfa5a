import { openKompassDatabase, type KompassDatabase } from './db';

let counter = 0;

/** A fresh device database per test (fake-indexeddb in the unit project). */
export function openTestDatabase(): KompassDatabase {
  counter += 1;
  return openKompassDatabase(`kompass-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
