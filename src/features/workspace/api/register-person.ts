import { useMutation, useQueryClient } from '@tanstack/react-query';
import { alreadyRegisteredSchema, personSummarySchema, type PersonSummary, type RegisterPersonBody } from '../../../domain/workspace-api';
import { ApiRequestError, apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { personsQueryKey } from './list-persons';

export function registerPerson(token: string, body: RegisterPersonBody): Promise<PersonSummary> {
  return apiRequest({ path: '/api/persons', method: 'POST', body, token, reply: personSummarySchema, purpose: 'registration' });
}

export function useRegisterPerson() {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterPersonBody) => registerPerson(session.token, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personsQueryKey }),
  });
}

/**
 * When the DUF number is registered already: the person (to open instead of mapping again), or
 * null when another municipality has them; undefined for any other failure.
 */
export function alreadyRegisteredOf(error: unknown): PersonSummary | null | undefined {
  if (!(error instanceof ApiRequestError) || error.code !== 'already_registered') return undefined;
  const reply = alreadyRegisteredSchema.safeParse(error.body);
  return reply.success ? reply.data.person : undefined;
}
