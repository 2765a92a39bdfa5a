import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { staffSessionSchema, type staffLoginBodySchema } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';

export type StaffLoginBody = z.infer<typeof staffLoginBodySchema>;

export function logInStaff(body: StaffLoginBody) {
  return apiRequest({ path: '/api/login/staff', method: 'POST', body, reply: staffSessionSchema });
}

export function useLogInStaff() {
  return useMutation({ mutationFn: logInStaff });
}
