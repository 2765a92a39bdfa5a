import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { qualityAssuranceSchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

export type QualityAssurance = z.infer<typeof qualityAssuranceSchema>;

/** Marks the submitted mapping as checked, at its current revision (409 not_submitted otherwise). */
export function qualityAssure(token: string, personId: string): Promise<QualityAssurance> {
  return apiRequest({ path: `/api/persons/${personId}/quality-assurance`, method: 'POST', token, reply: qualityAssuranceSchema, purpose: 'quality_assurance' });
}

export function useQualityAssure(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => qualityAssure(session.token, personId),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
