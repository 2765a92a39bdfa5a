import { useEffect, type RefObject } from 'react';

/**
 * On each new screen, focus goes to its title (the first h1 inside the container), so a screen
 * reader starts there. A screen that loads first gets its title a moment later: watch for it.
 */
export function useScreenTitleFocus(container: RefObject<HTMLElement | null>, screenKey: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const focusTitle = () => {
      const title = root.querySelector('h1');
      if (!title) return false;
      if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
      title.focus();
      return true;
    };
    if (focusTitle()) return;
    const watcher = new MutationObserver(() => {
      if (focusTitle()) watcher.disconnect();
    });
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [container, screenKey]);
}
