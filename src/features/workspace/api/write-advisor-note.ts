import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdvisorNoteBody } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

/** The career advisor's note: the person's wishes and a recommendation; the newest is in force. */
export function writeAdvisorNote(token: string, personId: string, body: AdvisorNoteBody): Promise<null> {
  return apiRequest({ path: `/api/persons/${personId}/advisor-notes`, method: 'POST', body, token, purpose: 'career_guidance' });
}

export function useWriteAdvisorNote(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdvisorNoteBody) => writeAdvisorNote(session.token, personId, body),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
