import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../src/domain/access';
import { apiErrorSchema, type ApiError } from '../../src/domain/mapping-api';
import {
  personDataSchema,
  privacyAnswerBodySchema,
  privacyAnswerReplySchema,
  privacyRequestBodySchema,
  privacyRequestListSchema,
  privacyRequestParamsSchema,
  privacyRequestSchema,
} from '../../src/domain/privacy-api';
import { idParamsSchema } from '../../src/domain/workspace-api';
import { staffIdOf, type RouteAccess } from '../auth/guard';
import type { Database } from '../db/database';
import { personData } from '../services/person-data';
import { answerPrivacyRequest, listPrivacyRequests, makePrivacyRequest, type RequestMaker } from '../services/privacy-requests';

/** The participant asks about themselves; a guide asks about a person of their municipality, on their behalf. */
const askers = [
  { prefix: '/api/me', concerning: 'self', paramsPart: {}, who: 'the participant' },
  { prefix: '/api/persons/:id', concerning: 'person', paramsPart: { params: idParamsSchema }, who: 'a guide, on the person’s behalf' },
] as const;

const access = (action: RouteAccess['action'], concerning: RouteAccess['concerning']) => ({ access: { action, concerning } });
const error = (code: ApiError['error']['code'], message: string): ApiError => ({ error: { code, message } });
const makerOf = (actor: Actor | null): RequestMaker => (actor?.kind === 'participant' ? { kind: 'participant' } : { kind: 'staff', staffId: staffIdOf(actor) });

/** The person's GDPR rights: their data as one document, and tracked requests a guide answers. */
export function privacyRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  const { db } = database;
  return async (app) => {
    for (const { prefix, concerning, paramsPart, who } of askers) {
      app.get(
        `${prefix}/data`,
        {
          config: access('read_person_data', concerning),
          schema: { summary: `Everything registered about the person, as one document (art. 15/20), for ${who}`, ...paramsPart, response: { 200: personDataSchema } },
        },
        // Personal data: no cache between here and the screen keeps a copy.
        async (request, reply) => reply.header('cache-control', 'no-store').send((await personData(db, request.concerning!.personId, now()))!),
      );

      app.get(
        `${prefix}/privacy-requests`,
        {
          config: access('read_person_data', concerning),
          schema: { summary: `The person's privacy requests and their answers, for ${who}`, ...paramsPart, response: { 200: privacyRequestListSchema } },
        },
        async (request) => listPrivacyRequests(db, request.concerning!.personId),
      );

      app.post(
        `${prefix}/privacy-requests`,
        {
          config: access('make_privacy_request', concerning),
          schema: {
            summary: `Ask for correction, erasure, restriction or objection (art. 16–18, 21), by ${who}`,
            ...paramsPart,
            body: privacyRequestBodySchema,
            response: { 201: privacyRequestSchema, 409: apiErrorSchema },
          },
        },
        async (request, reply) => {
          const made = await makePrivacyRequest(db, request.concerning!.personId, makerOf(request.actor), request.body, now());
          if (!made) return reply.code(409).send(error('conflict', 'This request id is already used for another person'));
          return reply.code(201).send(made);
        },
      );
    }

    app.post(
      '/api/persons/:id/privacy-requests/:requestId/answer',
      {
        config: access('answer_privacy_request', 'person'),
        schema: {
          summary: 'Answer a privacy request: done (erasure erases the person; restriction or objection restricts processing) or refused, with why',
          params: privacyRequestParamsSchema,
          body: privacyAnswerBodySchema,
          response: { 201: privacyAnswerReplySchema, 404: apiErrorSchema, 409: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const { id, requestId } = request.params;
        const outcome = await answerPrivacyRequest(db, id, requestId, staffIdOf(request.actor), request.body, now());
        switch (outcome.kind) {
          case 'not_found':
            return reply.code(404).send(error('not_found', 'This person has no such request'));
          case 'already_answered':
            return reply.code(409).send(error('conflict', 'This request is already answered; an answer is final'));
          case 'answered':
            return reply.code(201).send(outcome.reply);
        }
      },
    );
  };
}
