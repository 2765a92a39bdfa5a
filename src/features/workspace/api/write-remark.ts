import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { remarkSchema, type Remark, type remarkBodySchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';
import { refreshPerson } from './get-person';

export type RemarkBody = z.infer<typeof remarkBodySchema>;

/** A guide's remark on one part: beside the person's words, never instead of them. */
export function writeRemark(token: string, personId: string, body: RemarkBody): Promise<Remark> {
  return apiRequest({ path: `/api/persons/${personId}/remarks`, method: 'POST', body, token, reply: remarkSchema });
}

export function useWriteRemark(personId: string) {
  const { session } = useWorkspaceSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RemarkBody) => writeRemark(session.token, personId, body),
    onSuccess: () => refreshPerson(queryClient, personId),
  });
}
