import { createContext, useContext } from 'react';
import type { StaffSession } from '../../domain/workspace-api';

export interface WorkspaceSession {
  session: StaffSession;
  /** Ends the session here and on the server, and removes what the workspace kept on this device. */
  logOut(): Promise<void>;
}

export const WorkspaceSessionContext = createContext<WorkspaceSession | null>(null);

/** The logged-in member of staff; only used inside the logged-in part of the workspace. */
export function useWorkspaceSession(): WorkspaceSession {
  const session = useContext(WorkspaceSessionContext);
  if (!session) throw new Error('useWorkspaceSession outside the logged-in workspace');
  return session;
}
