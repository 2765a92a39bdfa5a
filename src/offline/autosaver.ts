/**
 * Hands every change to storage the moment it happens. Writes are not held back behind one
 * another: IndexedDB runs read-write transactions on the same stores in the order they were
 * created, so the newest value still lands last, and a page that is closed or reloaded right
 * after a keystroke has already queued that keystroke's write.
 */
export interface Autosaver<T> {
  save(value: T): void;
  /** Resolves when everything handed to `save` so far is written (or has failed). */
  flush(): Promise<void>;
}

export function createAutosaver<T>(write: (value: T) => Promise<void>, onError: (error: unknown) => void): Autosaver<T> {
  const inFlight = new Set<Promise<void>>();
  return {
    save(value) {
      const writing = write(value).catch(onError);
      inFlight.add(writing);
      void writing.finally(() => inFlight.delete(writing));
    },
    flush: async () => {
      await Promise.all(inFlight);
    },
  };
}
