import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffInvitationSchema, type InviteStaffBody } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { staffQueryKey } from './list-staff';

/** A new account bound to its area; the answer holds the invitation's secret, shown once. */
export function inviteStaff(token: string, body: InviteStaffBody) {
  return apiRequest({ path: '/api/staff', method: 'POST', body, token, reply: staffInvitationSchema });
}

export function useInviteStaff() {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteStaffBody) => inviteStaff(session.token, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffQueryKey }),
  });
}
