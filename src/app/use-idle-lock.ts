import { useEffect } from 'react';
import type { KompassDatabase } from '../offline/db';
import { lockSessions } from '../offline/device-lock';
import { keepUnlocked } from '../offline/participant-logins';

/** Writing the time of every touch would be a database write per keystroke; this often is plenty. */
const touchesCountedEveryMs = 20_000;
const lockCheckedEveryMs = 10_000;

/**
 * While a participant's session is open on this device, each touch or key keeps it open; left
 * alone past its time (see idleLockMs), it locks and the screen returns to the code, so the next
 * person at a shared tablet sees nothing of the answers.
 */
export function useIdleLock(db: KompassDatabase, loginId: string | null): void {
  useEffect(() => {
    if (loginId === null) return;
    let countedAt = 0;
    const touched = () => {
      const now = Date.now();
      if (now - countedAt < touchesCountedEveryMs) return;
      countedAt = now;
      void keepUnlocked(db, loginId, new Date(now));
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const event of events) window.addEventListener(event, touched, { capture: true, passive: true });
    const timer = setInterval(() => void lockSessions(db, new Date()), lockCheckedEveryMs);
    return () => {
      for (const event of events) window.removeEventListener(event, touched, { capture: true });
      clearInterval(timer);
    };
  }, [db, loginId]);
}
