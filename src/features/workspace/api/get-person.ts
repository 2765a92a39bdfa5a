import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AuditPurpose } from '../../../domain/audit-api';
import { personRecordSchema, type PersonRecord } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personsQueryKey } from './list-persons';

export const personQueryKey = (personId: string) => ['person', personId] as const;

/** Everything about one person the guide or advisor may see. */
export function getPerson(token: string, personId: string, purpose?: AuditPurpose): Promise<PersonRecord> {
  return apiRequest({ path: `/api/persons/${personId}`, token, reply: personRecordSchema, purpose });
}

/** `purpose`: why the page is opened (printing, guidance), for the audit log. */
export function usePerson(personId: string, purpose?: AuditPurpose) {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: personQueryKey(personId), queryFn: () => getPerson(session.token, personId, purpose) });
}

/** After a change to a person: their page and the lists (status, guidance) show the new state. */
export async function refreshPerson(queryClient: QueryClient, personId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: personQueryKey(personId) }),
    queryClient.invalidateQueries({ queryKey: personsQueryKey }),
  ]);
}
