import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessReportQuerySchema, accessReportSchema, auditSearchBodySchema, auditSearchReplySchema } from '../../src/domain/audit-api';
import { apiErrorSchema } from '../../src/domain/mapping-api';
import { idParamsSchema } from '../../src/domain/workspace-api';
import { recordAuditEvent } from '../audit/audit-log';
import { staffIdOf } from '../auth/guard';
import type { Database } from '../db/database';
import { accessReport, searchAuditLog } from '../services/audit-views';

/** The audit log: searched by administrators (itself logged), and each person's access report. */
export function auditRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  const { db } = database;
  return async (app) => {
    app.post(
      '/api/audit/search',
      {
        config: { access: { action: 'read_audit_log', concerning: 'none' } },
        schema: {
          summary: 'Search the audit log, newest first (administrators; the search is logged too)',
          description: 'POST, so a DUF number never appears in a URL or an access log. Page on with `before` = `nextBefore`.',
          body: auditSearchBodySchema,
          response: { 200: auditSearchReplySchema, 400: apiErrorSchema },
        },
      },
      async (request) =>
        db.transaction().execute(async (trx) => {
          const { personId, reply } = await searchAuditLog(trx, request.body);
          const { staffEmail, action, from, to, dufNumber, before, limit } = request.body;
          await recordAuditEvent(trx, {
            at: now(),
            staffId: staffIdOf(request.actor),
            action: 'read_audit_log',
            outcome: 'allowed',
            personId,
            purpose: request.purpose,
            route: `${request.method} ${request.routeOptions.url}`,
            // What was asked (not the DUF number: the person's id says who) and how much was seen.
            detail: { staffEmail, action, from, to, byDufNumber: dufNumber !== undefined, page: before !== undefined, limit, events: reply.events.length },
          });
          return reply;
        }),
    );

    app.get(
      '/api/me/access-report',
      {
        config: { access: { action: 'read_access_report', concerning: 'self' } },
        schema: { summary: 'Who among staff looked at or changed my data, and who tried', querystring: accessReportQuerySchema, response: { 200: accessReportSchema } },
      },
      async (request, reply) => reply.header('cache-control', 'no-store').send(await accessReport(db, request.concerning!.personId, request.query)),
    );

    app.get(
      '/api/persons/:id/access-report',
      {
        config: { access: { action: 'read_access_report', concerning: 'person' } },
        schema: {
          summary: "Who among staff looked at or changed the person's data, and who tried (for the guide)",
          params: idParamsSchema,
          querystring: accessReportQuerySchema,
          response: { 200: accessReportSchema },
        },
      },
      async (request) => accessReport(db, request.params.id, request.query),
    );
  };
}
