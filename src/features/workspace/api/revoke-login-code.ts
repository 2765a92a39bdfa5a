import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

/** The code in force stops working, and devices logged in with it are logged out. */
export function revokeLoginCode(token: string, personId: string): Promise<null> {
  return apiRequest({ path: `/api/persons/${personId}/login-code`, method: 'DELETE', token });
}

export function useRevokeLoginCode(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeLoginCode(session.token, personId),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
