import { useMutation } from '@tanstack/react-query';
import { auditSearchReplySchema, type AuditSearchBody, type AuditSearchReply } from '../../../domain/audit-api';
import { apiRequest } from '../../../offline/api-request';
import { useWorkspaceSession } from '../use-workspace-session';

/** One page of the audit log, newest first (administrators). POST: a DUF number stays out of addresses and logs. */
export function searchAuditLog(token: string, body: AuditSearchBody): Promise<AuditSearchReply> {
  return apiRequest({ path: '/api/audit/search', method: 'POST', body, token, reply: auditSearchReplySchema });
}

/** A mutation, not a query: what the log says is never kept in the device's cache. */
export function useSearchAuditLog() {
  const { session } = useWorkspaceSession();
  return useMutation({ mutationFn: (body: AuditSearchBody) => searchAuditLog(session.token, body) });
}
