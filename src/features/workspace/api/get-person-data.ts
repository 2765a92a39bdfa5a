import { useMutation, useQuery } from '@tanstack/react-query';
import { personDataSchema, type PersonData } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personQueryKey } from './get-person';

/** Everything registered about the person (art. 15/20), as one document. */
export function getPersonData(token: string, personId: string): Promise<PersonData> {
  return apiRequest({ path: `/api/persons/${personId}/data`, token, reply: personDataSchema, purpose: 'privacy_request' });
}

/** For the printable page (kept readable offline like the person's page). */
export function usePersonData(personId: string) {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: [...personQueryKey(personId), 'data'], queryFn: () => getPersonData(session.token, personId) });
}

/** For a download: fetched fresh each time, and not kept in the workspace's cache. */
export function useFetchPersonData(personId: string) {
  const { session } = useWorkspaceSession();
  return useMutation({ mutationFn: () => getPersonData(session.token, personId) });
}
