import { useEffect, useRef } from 'react';

/** Writing the time of every touch would be a database write per keystroke; this often is plenty. */
const touchesCountedEveryMs = 20_000;
const checkedEveryMs = 10_000;

/**
 * While `enabled`: each touch, key or typed character counts as the person being there
 * (`present`, at most every 20 s), and `check` runs every 10 s — to lock or log out a screen
 * left alone on a shared device.
 */
export function useWhilePresent(enabled: boolean, present: (now: Date) => void, check: (now: Date) => void): void {
  const callbacks = useRef({ present, check });
  useEffect(() => {
    callbacks.current = { present, check };
  });
  useEffect(() => {
    if (!enabled) return;
    let countedAt = 0;
    const touched = () => {
      const now = Date.now();
      if (now - countedAt < touchesCountedEveryMs) return;
      countedAt = now;
      callbacks.current.present(new Date(now));
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const event of events) window.addEventListener(event, touched, { capture: true, passive: true });
    const timer = setInterval(() => callbacks.current.check(new Date()), checkedEveryMs);
    return () => {
      for (const event of events) window.removeEventListener(event, touched, { capture: true });
      clearInterval(timer);
    };
  }, [enabled]);
}
