import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../src/domain/mapping-api';
import { inviteStaffBodySchema, staffInvitationSchema, staffListSchema } from '../../src/domain/workspace-api';
import type { Database } from '../db/database';
import { inviteStaff, listStaff } from '../services/staff';

/** Administrators invite guides and advisors, each bound to their area. */
export function staffRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  const { db } = database;
  const access = { action: 'manage_staff', concerning: 'none' } as const;
  return async (app) => {
    app.get('/api/staff', { config: { access }, schema: { summary: 'Every staff account', response: { 200: staffListSchema } } }, async () => ({
      staff: await listStaff(db),
    }));

    app.post(
      '/api/staff',
      {
        config: { access },
        schema: {
          summary: 'Invite a member of staff (the answer holds the invitation link secret, shown once)',
          body: inviteStaffBodySchema,
          response: { 201: staffInvitationSchema, 409: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const outcome = await inviteStaff(db, request.body, now());
        if (outcome.kind === 'email_taken') {
          return reply.code(409).send({ error: { code: 'conflict', message: 'This e-mail address has an account' } });
        }
        return reply.code(201).send({ staff: outcome.staff, inviteToken: outcome.inviteToken, expiresAt: outcome.expiresAt.toISOString() });
      },
    );
  };
}
