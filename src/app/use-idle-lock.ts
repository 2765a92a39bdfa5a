import type { KompassDatabase } from '../offline/db';
import { lockSessions } from '../offline/device-lock';
import { keepUnlocked } from '../offline/participant-logins';
import { useWhilePresent } from '../ui/use-while-present';

/**
 * While a participant's session is open on this device, each touch or key keeps it open; left
 * alone past its time (see idleLockMs), it locks and the screen returns to the code, so the next
 * person at a shared tablet sees nothing of the answers.
 */
export function useIdleLock(db: KompassDatabase, loginId: string | null): void {
  useWhilePresent(
    loginId !== null,
    (now) => void keepUnlocked(db, loginId!, now),
    (now) => void lockSessions(db, now),
  );
}
