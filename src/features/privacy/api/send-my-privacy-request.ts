import { useMutation, useQueryClient } from '@tanstack/react-query';
import { privacyRequestSchema, type PrivacyRequest, type PrivacyRequestBody } from '../../../domain/privacy-api';
import { ApiRequestError, apiRequest } from '../../../offline/api-request';
import { useMySession } from '../use-my-session';

/** A request in the participant's own words; its id is made on the device, so sending it again stores it once. */
export function sendMyPrivacyRequest(token: string, body: PrivacyRequestBody & { id: string }): Promise<PrivacyRequest> {
  return apiRequest({ path: '/api/me/privacy-requests', method: 'POST', body, token, reply: privacyRequestSchema });
}

export function useSendMyPrivacyRequest() {
  const { token, ended } = useMySession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivacyRequestBody & { id: string }) => sendMyPrivacyRequest(token, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 401) ended();
    },
  });
}
