import { useMutation, useQueryClient } from '@tanstack/react-query';
import { privacyRequestSchema, type PrivacyRequest, type PrivacyRequestBody } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

/** A request the person made in another way (spoken, by letter), recorded by the guide on their behalf; the id makes a retry store it once. */
export function registerPrivacyRequest(token: string, personId: string, body: PrivacyRequestBody & { id: string }): Promise<PrivacyRequest> {
  return apiRequest({ path: `/api/persons/${personId}/privacy-requests`, method: 'POST', body, token, reply: privacyRequestSchema, purpose: 'privacy_request' });
}

export function useRegisterPrivacyRequest(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivacyRequestBody & { id: string }) => registerPrivacyRequest(session.token, personId, body),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
