/**
 * Every autosaver on screen registers here, so the app can wait for all writes to land
 * before it reloads itself (for an update) — a reload must never drop a keystroke.
 */
const flushers = new Set<() => Promise<void>>();

export function registerPendingSave(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllSaves(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
