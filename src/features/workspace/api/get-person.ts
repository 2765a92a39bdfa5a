import { useQuery, type QueryClient } from '@tanstack/react-query';
import { personRecordSchema, type PersonRecord } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personsQueryKey } from './list-persons';

export const personQueryKey = (personId: string) => ['person', personId] as const;

/** Everything about one person the guide or advisor may see. */
export function getPerson(token: string, personId: string): Promise<PersonRecord> {
  return apiRequest({ path: `/api/persons/${personId}`, token, reply: personRecordSchema });
}

export function usePerson(personId: string) {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: personQueryKey(personId), queryFn: () => getPerson(session.token, personId) });
}

/** After a change to a person: their page and the lists (status, guidance) show the new state. */
export async function refreshPerson(queryClient: QueryClient, personId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: personQueryKey(personId) }),
    queryClient.invalidateQueries({ queryKey: personsQueryKey }),
  ]);
}
