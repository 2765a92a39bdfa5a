import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { staffSessionSchema, type setupBodySchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';

export type SetupBody = z.infer<typeof setupBodySchema>;

/** The first administrator, with the one-time setup link's secret; answers with their session. */
export function setUpAdministrator(body: SetupBody) {
  return apiRequest({ path: '/api/setup', method: 'POST', body, reply: staffSessionSchema });
}

export function useSetUpAdministrator() {
  return useMutation({ mutationFn: setUpAdministrator });
}
