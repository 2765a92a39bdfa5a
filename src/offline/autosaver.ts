/**
 * Hands every change to storage the moment it happens. Writes are not held back behind one
 * another: IndexedDB runs read-write transactions on the same stores in the order they were
 * created, so the newest value still lands last. A write still under way when the page is
 * torn down is aborted by the browser, so `unsettled` tells the page what to put somewhere
 * synchronous (see unsaved-journal) at that moment.
 */
export interface Autosaver<T> {
  save(value: T): void;
  /** Resolves when everything handed to `save` so far is written (or has failed). */
  flush(): Promise<void>;
  /** The newest value whose write has not finished yet, or null when all are written. */
  unsettled(): T | null;
  /** How many writes are under way. */
  pendingCount(): number;
}

export function createAutosaver<T>(
  write: (value: T) => Promise<void>,
  onError: (error: unknown) => void,
  onSettled: () => void = () => undefined,
): Autosaver<T> {
  const inFlight = new Set<Promise<void>>();
  let newest: T | null = null;
  return {
    save(value) {
      newest = value;
      const writing = write(value).catch(onError);
      inFlight.add(writing);
      void writing.finally(() => {
        inFlight.delete(writing);
        if (inFlight.size === 0) {
          newest = null;
          onSettled();
        }
      });
    },
    flush: async () => {
      await Promise.all(inFlight);
    },
    unsettled: () => newest,
    pendingCount: () => inFlight.size,
  };
}
