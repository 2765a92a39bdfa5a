/**
 * What must happen before the app reloads itself for a new version. Every autosaver on screen
 * finishes its writes (a reload must never drop a keystroke), and downloads in the background
 * stop: while the page still fetches through the old service worker, the browser keeps the
 * new one waiting, and the person would press "use the new version" and see nothing happen.
 */
const tasks = new Set<() => Promise<void> | void>();

/** Runs `task` before the app reloads itself; returns what takes it back. */
export function beforeReload(task: () => Promise<void> | void): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export async function prepareForReload(): Promise<void> {
  await Promise.all([...tasks].map(async (task) => task()));
}
