import { useInfiniteQuery } from '@tanstack/react-query';
import { accessReportSchema, type AccessReport } from '../../../domain/audit-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';

/** Who among staff looked at or changed the person's data, some days at a time (newest first). */
export function getAccessReport(token: string, personId: string, before: string | null): Promise<AccessReport> {
  const query = before === null ? '' : `?${new URLSearchParams({ before })}`;
  return apiRequest({ path: `/api/persons/${personId}/access-report${query}`, token, reply: accessReportSchema });
}

/** Each look at the report is itself logged: fetch it only when it is shown. */
export function useAccessReport(personId: string) {
  const { session } = useWorkspaceSession();
  return useInfiniteQuery({
    queryKey: ['person', personId, 'access-report'],
    queryFn: ({ pageParam }) => getAccessReport(session.token, personId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}
