import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../src/domain/mapping-api';
import {
  advisorNoteBodySchema,
  alreadyRegisteredSchema,
  assistedSessionBodySchema,
  idParamsSchema,
  issuedLoginCodeSchema,
  personListQuerySchema,
  personListSchema,
  personRecordSchema,
  personSummarySchema,
  qualityAssuranceSchema,
  registerPersonBodySchema,
  remarkBodySchema,
  remarkSchema,
} from '../../src/domain/workspace-api';
import { recordAuditEvent, recordAuditEvents } from '../audit/audit-log';
import { staffAccessEvent, staffIdOf, type RouteAccess } from '../auth/guard';
import type { Database } from '../db/database';
import { issueLoginCode, revokeLoginCode } from '../services/login-codes';
import { personRecord, qualityAssure, recordAssistedSession, writeAdvisorNote, writeRemark } from '../services/person-records';
import { listPersons, registerPerson } from '../services/persons';

const about = (action: RouteAccess['action']): { access: RouteAccess } => ({ access: { action, concerning: 'person' } });

/** Persons, their login codes and every judgement on their mapping: for guides and advisors in their area. */
export function personRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  const { db } = database;
  return async (app) => {

    app.get(
      '/api/persons',
      {
        config: { access: { action: 'list_persons', concerning: 'none' } },
        schema: { summary: "The persons of the guide's municipality or the advisor's county", querystring: personListQuerySchema, response: { 200: personListSchema } },
      },
      async (request) => {
        const list = await listPersons(db, request.actor!, request.query);
        // A list shows each person's name and status: each one on it is logged as seen.
        const at = now();
        await recordAuditEvents(db, list.persons.map((person) => staffAccessEvent(request, at, 'list_persons', 'allowed', person.id)));
        return list;
      },
    );

    app.post(
      '/api/persons',
      {
        config: { access: { action: 'register_person', concerning: 'none' } },
        schema: {
          summary: "Register a person in the guide's municipality (once per DUF number)",
          body: registerPersonBodySchema,
          response: { 201: personSummarySchema, 409: alreadyRegisteredSchema },
        },
      },
      async (request, reply) => {
        const actor = request.actor!;
        // The guard let only a guide through; this tells TypeScript which municipality is theirs.
        if (actor.kind !== 'staff' || actor.role !== 'guide') throw new Error('register_person reached by someone not a guide');
        const outcome = await db.transaction().execute(async (trx) => {
          const outcome = await registerPerson(trx, actor, request.body, now());
          // Registered now, or shown the one already registered here (the registration 'failed').
          if (outcome.person !== null) {
            const result = outcome.kind === 'registered' ? 'allowed' : 'failed';
            await recordAuditEvent(trx, staffAccessEvent(request, now(), 'register_person', result, outcome.person.id));
          }
          return outcome;
        });
        if (outcome.kind === 'already_registered') {
          return reply.code(409).send({
            error: {
              code: 'already_registered',
              message: outcome.person
                ? 'This DUF number is registered: open the person instead of mapping again'
                : 'This DUF number is registered by another municipality',
            },
            person: outcome.person,
          });
        }
        return reply.code(201).send(outcome.person);
      },
    );

    app.get(
      '/api/persons/:id',
      { config: about('read_person'), schema: { summary: 'Everything about one person', params: idParamsSchema, response: { 200: personRecordSchema } } },
      async (request) => (await personRecord(db, request.params.id, now()))!,
    );

    app.post(
      '/api/persons/:id/login-code',
      {
        config: about('manage_login_code'),
        schema: { summary: 'Make a new login code (the previous one stops working)', params: idParamsSchema, response: { 201: issuedLoginCodeSchema } },
      },
      async (request, reply) => reply.code(201).send(await issueLoginCode(db, request.params.id, staffIdOf(request.actor), now())),
    );

    app.delete(
      '/api/persons/:id/login-code',
      { config: about('manage_login_code'), schema: { summary: 'Revoke the login code in force', params: idParamsSchema, response: { 204: z.null() } } },
      async (request, reply) => {
        await revokeLoginCode(db, request.params.id, now());
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/persons/:id/remarks',
      {
        config: about('write_remark'),
        schema: { summary: "A guide's remark on one part (beside the person's words, never instead)", params: idParamsSchema, body: remarkBodySchema, response: { 201: remarkSchema } },
      },
      async (request, reply) => reply.code(201).send(await writeRemark(db, request.params.id, staffIdOf(request.actor), request.body, now())),
    );

    app.post(
      '/api/persons/:id/quality-assurance',
      {
        config: about('quality_assure'),
        schema: {
          summary: 'Mark the submitted mapping as quality-assured, at its current revision',
          params: idParamsSchema,
          response: { 201: qualityAssuranceSchema, 409: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const person = request.concerning!;
        const assured = await qualityAssure(db, person.personId, person.mappingId, staffIdOf(request.actor), now());
        if (!assured) return reply.code(409).send({ error: { code: 'not_submitted', message: 'Only a submitted mapping can be quality-assured' } });
        return reply.code(201).send(assured);
      },
    );

    app.post(
      '/api/persons/:id/assisted-sessions',
      {
        config: about('record_assisted_session'),
        schema: { summary: 'Record an assisted session (and whether an interpreter was present)', params: idParamsSchema, body: assistedSessionBodySchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await recordAssistedSession(db, request.params.id, staffIdOf(request.actor), request.body);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/persons/:id/advisor-notes',
      {
        config: about('write_advisor_note'),
        schema: { summary: "The career advisor's note: wishes and a recommendation", params: idParamsSchema, body: advisorNoteBodySchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await writeAdvisorNote(db, request.params.id, staffIdOf(request.actor), request.body, now());
        return reply.code(204).send(null);
      },
    );
  };
}
