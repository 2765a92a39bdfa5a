import { useEffect, useState } from 'react';
import type { StaffSession } from '../../domain/workspace-api';
import type { KompassDatabase } from '../../offline/db';
import { ApiRequestError } from '../../offline/api-request';
import { forgetStaffSession, keepStaffActive, keepStaffSession, staffSessionOnScreen } from '../../offline/staff-session';
import { requestSync } from '../../offline/sync-requests';
import { useWhilePresent } from '../../ui/use-while-present';
import { useLiveQuery } from 'dexie-react-hooks';
import { logOut as endServerSession } from './api/log-out';
import { workspaceHref } from './routes';
import { watchForUnauthorized, workspaceCachePersister, workspaceQueryClient } from './workspace-cache';

/**
 * Who is logged in on this device, and the query cache that belongs to them: a new session
 * starts with an empty cache, and logging out (or the server ending the session, or the screen
 * being left alone for 15 minutes on a shared tablet) removes the session and the cache, its
 * copy on the device included. A screen found idle shows nothing before it has logged out.
 */
export function useStaffAccount(db: KompassDatabase) {
  const onScreen = useLiveQuery(() => staffSessionOnScreen(db, new Date()), [db]);
  const session = onScreen === undefined ? undefined : onScreen && !onScreen.idle ? onScreen.session : null;
  const [ended, setEnded] = useState<'expired' | 'idle' | null>(null);
  const [{ queryClient, persister }] = useState(() => ({ queryClient: workspaceQueryClient(), persister: workspaceCachePersister(db) }));

  const forget = async () => {
    // The session goes first: from then on, a late save of the cache is dropped.
    await forgetStaffSession(db);
    queryClient.clear();
    await persister.removeClient();
  };

  // A log-in refused with a 401 is a wrong password, not an ended session: only with one.
  useEffect(() => {
    if (!session) return;
    return watchForUnauthorized(queryClient, () => void forget().then(() => setEnded('expired')));
  });

  const startSession = async (next: StaffSession) => {
    queryClient.clear();
    await persister.removeClient();
    await keepStaffSession(db, next);
    // Drafts and remarks of assisted sessions waited for a guide to log in again.
    requestSync({ ignoringBackoff: true });
    setEnded(null);
    window.location.hash = workspaceHref.home;
  };

  const logOut = async (token: string) => {
    try {
      await endServerSession(token);
    } catch (error) {
      // Offline, or ended already: this device forgets the session all the same.
      if (!(error instanceof ApiRequestError)) throw error;
    } finally {
      await forget();
      setEnded(null);
    }
  };

  const logOutIdle = async (now: Date) => {
    const stored = await staffSessionOnScreen(db, now);
    if (stored?.idle) await logOut(stored.session.token).then(() => setEnded('idle'));
  };
  // Found idle when the workspace opens (the tablet was put down), or left idle while open.
  useEffect(() => {
    if (onScreen?.idle) void logOutIdle(new Date());
  });
  useWhilePresent(session != null, (now) => void keepStaffActive(db, now), (now) => void logOutIdle(now));

  return { session, ended, queryClient, persister, startSession, logOut };
}
