import { createContext, useContext, type ReactNode } from 'react';
import type { PersonData } from '../../domain/privacy-api';

/**
 * Shows everything registered about a person (the export) as the person sees it on their rights
 * screen; the app passes that view in, so this feature does not import another.
 */
export type RenderPersonData = (data: PersonData) => ReactNode;

export const PersonDataViewContext = createContext<RenderPersonData | null>(null);

export function usePersonDataView(): RenderPersonData {
  const renderPersonData = useContext(PersonDataViewContext);
  if (!renderPersonData) throw new Error('usePersonDataView outside the workspace');
  return renderPersonData;
}
