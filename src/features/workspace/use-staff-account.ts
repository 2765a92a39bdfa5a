import { useEffect, useState } from 'react';
import type { StaffSession } from '../../domain/workspace-api';
import type { KompassDatabase } from '../../offline/db';
import { ApiRequestError } from '../../offline/api-request';
import { forgetStaffSession, keepStaffSession } from '../../offline/staff-session';
import { requestSync } from '../../offline/sync-requests';
import { useStaffSession } from '../../offline/use-staff-session';
import { logOut as endServerSession } from './api/log-out';
import { workspaceHref } from './routes';
import { watchForUnauthorized, workspaceCachePersister, workspaceQueryClient } from './workspace-cache';

/**
 * Who is logged in on this device, and the query cache that belongs to them: a new session
 * starts with an empty cache, and logging out (or the server ending the session) removes the
 * session and the cache, its copy on the device included.
 */
export function useStaffAccount(db: KompassDatabase) {
  const session = useStaffSession(db);
  const [expired, setExpired] = useState(false);
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
    return watchForUnauthorized(queryClient, () => void forget().then(() => setExpired(true)));
  });

  const startSession = async (next: StaffSession) => {
    queryClient.clear();
    await persister.removeClient();
    await keepStaffSession(db, next);
    // Drafts and remarks of assisted sessions waited for a guide to log in again.
    requestSync({ ignoringBackoff: true });
    setExpired(false);
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
      setExpired(false);
    }
  };

  return { session, expired, queryClient, persister, startSession, logOut };
}
