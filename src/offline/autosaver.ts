/**
 * Hands every change to storage the moment it happens: a change made while no write is under
 * way starts one at once. One write at a time, so the newest value always lands last whatever
 * each write waits on before its transaction; a change made meanwhile is written right after,
 * and of several such only the newest (each value is the whole of what is on screen, so it
 * holds every earlier keystroke). A write still under way when the page is torn down is aborted
 * by the browser, so `unsettled` tells the page what to put somewhere synchronous (see
 * unsaved-journal) at that moment.
 */
export interface Autosaver<T> {
  save(value: T): void;
  /** Resolves when everything handed to `save` so far is written (or has failed). */
  flush(): Promise<void>;
  /** The newest value whose write has not finished yet, or null when all are written. */
  unsettled(): T | null;
  /** How many writes are under way or waiting their turn (each will be a new revision). */
  pendingCount(): number;
}

export function createAutosaver<T>(
  write: (value: T) => Promise<void>,
  onError: (error: unknown) => void,
  onSettled: () => void = () => undefined,
): Autosaver<T> {
  let writing: Promise<void> | null = null;
  let next: { value: T } | null = null;
  let newest: T | null = null;
  const start = (value: T) => {
    writing = write(value)
      .catch(onError)
      .then(() => {
        if (next) {
          const { value: waiting } = next;
          next = null;
          start(waiting);
          return;
        }
        writing = null;
        newest = null;
        onSettled();
      });
  };
  return {
    save(value) {
      newest = value;
      if (writing) next = { value };
      else start(value);
    },
    flush: async () => {
      while (writing) await writing;
    },
    unsettled: () => newest,
    pendingCount: () => (writing ? 1 : 0) + (next ? 1 : 0),
  };
}
