import { useQuery } from '@tanstack/react-query';
import { staffListSchema, type StaffMember } from '../../../domain/workspace-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';

export const staffQueryKey = ['staff'] as const;

export async function listStaff(token: string): Promise<StaffMember[]> {
  return (await apiRequest({ path: '/api/staff', token, reply: staffListSchema })).staff;
}

export function useStaffList() {
  const { session } = useWorkspaceSession();
  return useQuery({ queryKey: staffQueryKey, queryFn: () => listStaff(session.token) });
}
