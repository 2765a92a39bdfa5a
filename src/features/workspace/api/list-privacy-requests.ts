import { useQuery } from '@tanstack/react-query';
import { privacyRequestListSchema, type PrivacyRequestList } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personQueryKey } from './get-person';

export const privacyRequestsQueryKey = (personId: string) => [...personQueryKey(personId), 'privacy-requests'] as const;

/** The person's requests (correction, erasure, restriction, objection), oldest first, with their answers. */
export function listPrivacyRequests(token: string, personId: string): Promise<PrivacyRequestList> {
  return apiRequest({ path: `/api/persons/${personId}/privacy-requests`, token, reply: privacyRequestListSchema, purpose: 'privacy_request' });
}

export function usePrivacyRequests(personId: string) {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: privacyRequestsQueryKey(personId), queryFn: () => listPrivacyRequests(session.token, personId) });
}
