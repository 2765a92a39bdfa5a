import { createContext, useContext } from 'react';
import type { PersonRecord } from '../../domain/workspace-api';

/** Starts an assisted session for this person on this tablet (the app shell runs it: it is the participant's mapping). */
export type StartAssisted = (record: PersonRecord) => Promise<void>;

export const AssistedStartContext = createContext<StartAssisted | null>(null);

export function useStartAssisted(): StartAssisted | null {
  return useContext(AssistedStartContext);
}
