import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, type ApiError } from '../../src/domain/mapping-api';
import {
  acceptInviteBodySchema,
  setupBodySchema,
  staffLoginBodySchema,
  staffMemberSchema,
  staffSessionSchema,
} from '../../src/domain/workspace-api';
import { minutesToWait } from '../../src/domain/login-throttle';
import { codeLoginBodySchema, participantSessionSchema } from '../../src/domain/participant-session';
import { bearerToken } from '../auth/guard';
import { hashSecret } from '../auth/secrets';
import { endSession } from '../auth/sessions';
import type { Database } from '../db/database';
import { logInWithCode } from '../services/login-codes';
import { throttledLogIn } from '../services/login-throttle';
import { acceptInvitation, createFirstAdministrator, logInStaff, openStaffSession, staffById } from '../services/staff';

const error = (code: ApiError['error']['code'], message: string): ApiError => ({ error: { code, message } });

/** A closed door says only how long to wait: not whether the secret was right. */
function tooManyAttempts(reply: FastifyReply, retryAfterSeconds: number) {
  const minutes = minutesToWait(retryAfterSeconds);
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send(error('too_many_attempts', `Too many failed attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`));
}

/** Logging in and out, the first administrator's setup and accepting an invitation. */
export function accountRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  const { db } = database;
  return async (app) => {
    const accountReplies = { 200: staffSessionSchema, 400: apiErrorSchema, 409: apiErrorSchema };

    app.post(
      '/api/setup',
      { schema: { summary: 'Create the first administrator with the one-time setup link', body: setupBodySchema, response: accountReplies } },
      async (request, reply) => {
        const outcome = await createFirstAdministrator(db, request.body, now());
        if (outcome.kind === 'link_not_valid') return reply.code(400).send(error('invalid_request', 'This setup link is used, expired or unknown'));
        if (outcome.kind === 'email_taken') return reply.code(409).send(error('conflict', 'This e-mail address has an account'));
        return openStaffSession(db, outcome.staff, now());
      },
    );

    app.post(
      '/api/invitations/accept',
      { schema: { summary: 'Choose a password and activate an invited account', body: acceptInviteBodySchema, response: accountReplies } },
      async (request, reply) => {
        const outcome = await acceptInvitation(db, request.body, now());
        if (outcome.kind !== 'done') return reply.code(400).send(error('invalid_request', 'This invitation is used, expired or unknown'));
        return openStaffSession(db, outcome.staff, now());
      },
    );

    app.post(
      '/api/login/staff',
      {
        schema: {
          summary: 'Staff log in with e-mail and password',
          body: staffLoginBodySchema,
          response: { 200: staffSessionSchema, 401: apiErrorSchema, 429: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const at = now();
        const attempt = { door: 'staff' as const, ip: request.ip, subjectHash: hashSecret(email) };
        const outcome = await throttledLogIn(db, attempt, at, (trx) => logInStaff(trx, email, password, at));
        if (outcome.kind === 'locked') return tooManyAttempts(reply, outcome.retryAfterSeconds);
        // One answer for unknown address and wrong password: nothing to learn by trying.
        if (outcome.kind === 'wrong') return reply.code(401).send(error('unauthorized', 'Wrong e-mail address or password'));
        return outcome.value;
      },
    );

    app.post(
      '/api/login/code',
      {
        schema: {
          summary: "A participant logs in with the code their guide gave them",
          body: codeLoginBodySchema,
          response: { 200: participantSessionSchema, 400: apiErrorSchema, 401: apiErrorSchema, 429: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const { code } = request.body;
        const at = now();
        // The code as the schema made it canonical, so "abcd efgh" and "ABCD-EFGH" count as one.
        const attempt = { door: 'code' as const, ip: request.ip, subjectHash: hashSecret(code) };
        const outcome = await throttledLogIn(db, attempt, at, (trx) => logInWithCode(trx, code, at));
        if (outcome.kind === 'locked') return tooManyAttempts(reply, outcome.retryAfterSeconds);
        if (outcome.kind === 'wrong') return reply.code(401).send(error('unauthorized', 'This login code is not in force (unknown, expired or replaced)'));
        return outcome.value;
      },
    );

    app.post(
      '/api/logout',
      { config: { access: { action: 'any_session', concerning: 'none' } }, schema: { summary: 'End this session', response: { 204: z.null() } } },
      async (request, reply) => {
        await endSession(db, bearerToken(request)!, now());
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        config: { access: { action: 'any_session', concerning: 'none' } },
        schema: {
          summary: 'Who this session belongs to',
          response: {
            200: z.discriminatedUnion('kind', [
              z.object({ kind: z.literal('staff'), staff: staffMemberSchema }),
              z.object({ kind: z.literal('participant'), mappingId: z.uuid() }),
            ]),
          },
        },
      },
      async (request) => {
        const actor = request.actor!;
        if (actor.kind === 'participant') return { kind: 'participant' as const, mappingId: actor.mappingId };
        return { kind: 'staff' as const, staff: (await staffById(db, actor.staffId))! };
      },
    );
  };
}
