import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { staffSessionSchema, type acceptInviteBodySchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';

export type AcceptInviteBody = z.infer<typeof acceptInviteBodySchema>;

/** The invited person chooses a password; answers with their first session. */
export function acceptInvitation(body: AcceptInviteBody) {
  return apiRequest({ path: '/api/invitations/accept', method: 'POST', body, reply: staffSessionSchema });
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
