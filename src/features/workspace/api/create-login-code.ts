import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { issuedLoginCodeSchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

export type IssuedLoginCode = z.infer<typeof issuedLoginCodeSchema>;

/** A new login code for the person; the one before stops working. Shown once: the server keeps only its hash. */
export function createLoginCode(token: string, personId: string): Promise<IssuedLoginCode> {
  return apiRequest({ path: `/api/persons/${personId}/login-code`, method: 'POST', token, reply: issuedLoginCodeSchema });
}

export function useCreateLoginCode(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createLoginCode(session.token, personId),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
