import { useMutation, useQueryClient } from '@tanstack/react-query';
import { privacyAnswerReplySchema, type PrivacyAnswerBody, type PrivacyAnswerReply } from '../../../domain/privacy-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personQueryKey, refreshPerson } from './get-person';
import { personsQueryKey } from './list-persons';

/** The guide's answer to a request: done or refused, with words the person reads. Final. */
export function answerPrivacyRequest(token: string, personId: string, requestId: string, body: PrivacyAnswerBody): Promise<PrivacyAnswerReply> {
  return apiRequest({
    path: `/api/persons/${personId}/privacy-requests/${requestId}/answer`,
    method: 'POST',
    body,
    token,
    reply: privacyAnswerReplySchema,
    purpose: 'privacy_request',
  });
}

export function useAnswerPrivacyRequest(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: PrivacyAnswerBody }) => answerPrivacyRequest(session.token, personId, requestId, body),
    onSuccess: async (reply) => {
      if (reply.effect !== 'person_erased') return refreshPerson(queryClient, personId);
      // Erased: nothing of the person stays in the cache this tablet keeps, and the lists no longer show them.
      queryClient.removeQueries({ queryKey: personQueryKey(personId) });
      await queryClient.invalidateQueries({ queryKey: personsQueryKey });
    },
  });
}
