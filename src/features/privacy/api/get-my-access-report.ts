import { accessReportSchema, type AccessReport } from '../../../domain/audit-api';
import { apiRequest } from '../../../offline/api-request';
import { useMyQuery } from '../use-my-session';

/** Who among staff looked at or changed the participant's data (and who tried), newest day first. */
export function getMyAccessReport(token: string, before?: string): Promise<AccessReport> {
  const query = before === undefined ? '' : `?${new URLSearchParams({ before })}`;
  return apiRequest({ path: `/api/me/access-report${query}`, token, reply: accessReportSchema });
}

/** One page of days; `before` is the day the previous page stopped at. */
export function useMyAccessReport(before?: string) {
  return useMyQuery(`access-report-${before ?? 'latest'}`, (token) => getMyAccessReport(token, before));
}
