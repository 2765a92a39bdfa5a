import type { SyncNowOptions } from './sync-runner';

/**
 * A person asks to send now ("Try again", "Send now"). The runner lives in a chunk loaded
 * after the first screen, so screens ask through a window event instead of importing it.
 */
const eventName = 'kompass:sync-now';

export function requestSync(options: SyncNowOptions): void {
  window.dispatchEvent(new CustomEvent<SyncNowOptions>(eventName, { detail: options }));
}

export function onSyncRequested(handler: (options: SyncNowOptions) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<SyncNowOptions>).detail);
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}
