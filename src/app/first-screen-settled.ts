/**
 * Resolves once the first screen has settled: its content has stopped changing for `quietMs`
 * since the root first got any, or after `atMostMs` whatever happens. Work that can wait (sync
 * and what it loads) starts then, not between the first paint of the frame and the question
 * the person came back to, which arrives a few reads of the device database later.
 */
export function firstScreenSettled(root: HTMLElement, quietMs = 500, atMostMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(atMost);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const atMost = setTimeout(done, atMostMs);
  });
}
