import { useLiveQuery } from 'dexie-react-hooks';
import type { StaffSession } from '../domain/workspace-api';
import type { KompassDatabase } from './db';
import { staffSessionOf } from './staff-session';

/** The staff session as it changes (undefined while it is being read). */
export function useStaffSession(db: KompassDatabase): StaffSession | null | undefined {
  return useLiveQuery(() => staffSessionOf(db), [db]);
}
