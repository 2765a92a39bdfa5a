import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { allows, type Action, type Actor, type Concerning } from '../../src/domain/access';
import { auditPurposeSchema, purposeHeader, type AuditPurpose } from '../../src/domain/audit-api';
import type { ApiError, ApiErrorCode } from '../../src/domain/mapping-api';
import { recordAuditEvent, type AuditEvent } from '../audit/audit-log';
import type { DatabaseSchema } from '../db/schema';
import { actorOfSession } from './sessions';

/**
 * What a route needs: the action it performs and how to find the person it concerns — by the
 * person's id, by their mapping's id (both the `:id` parameter), self (the participant whose
 * session it is: `/api/me/…`), none (a list narrowed to the actor's area, or the actor's own
 * account), or each (a batch checks every mapping itself).
 */
export interface RouteAccess {
  action: Action | 'any_session';
  concerning: 'none' | 'person' | 'mapping' | 'self' | 'each';
}

interface ConcernedPerson extends Concerning {
  mappingId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Absent only on the public routes (health, docs, logging in, setup). */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    concerning: ConcernedPerson | null;
    /** Why staff opened a person's data (the `kompass-purpose` header), or null when not said. */
    purpose: AuditPurpose | null;
  }
}

/** Open to anyone: health, the API's description, and the doors in (each checks its own secret). */
const publicRoutes = new Set([
  'GET /api/health',
  'HEAD /api/health',
  'GET /api/docs',
  'HEAD /api/docs',
  'POST /api/setup',
  'POST /api/invitations/accept',
  'POST /api/login/staff',
  'POST /api/login/code',
]);

export function refuse(reply: FastifyReply, status: 401 | 403 | 404, code: ApiErrorCode, message: string) {
  const body: ApiError = { error: { code, message } };
  return reply.code(status).send(body);
}

export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer ([\w-]{20,100})$/.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

async function personConcerned(
  db: Kysely<DatabaseSchema>,
  by: 'person' | 'mapping' | 'self',
  id: string,
): Promise<ConcernedPerson | null> {
  const row = await db
    .selectFrom('persons')
    .select(['id', 'municipality', 'mapping_id', 'restricted_since'])
    .where(by === 'mapping' ? 'mapping_id' : 'id', '=', id)
    .executeTakeFirst();
  return row
    ? { personId: row.id, municipality: row.municipality, mappingId: row.mapping_id, restricted: row.restricted_since !== null }
    : null;
}

/** The member of staff behind a route the guard let only staff through. */
export function staffIdOf(actor: Actor | null): string {
  if (actor?.kind !== 'staff') throw new Error('a staff route was reached without a staff session');
  return actor.staffId;
}

/** This request's member of staff's access to one person, as the audit log keeps it. */
export function staffAccessEvent(
  request: FastifyRequest,
  at: Date,
  action: string,
  outcome: AuditEvent['outcome'],
  personId: string,
): AuditEvent {
  return {
    at,
    staffId: staffIdOf(request.actor),
    action,
    outcome,
    personId,
    purpose: request.purpose,
    route: `${request.method} ${request.routeOptions.url}`,
  };
}

/**
 * Whether the actor may write this mapping (for a batch, which names many). Staff's decisions
 * are logged, allowed or not; a failed log write fails the check.
 */
export async function mayWriteMapping(db: Kysely<DatabaseSchema>, request: FastifyRequest, mappingId: string, at: Date): Promise<boolean> {
  const person = await personConcerned(db, 'mapping', mappingId);
  if (person === null) return false;
  const allowed = allows(request.actor!, 'write_mapping', person);
  if (request.actor!.kind === 'staff') {
    await recordAuditEvent(db, staffAccessEvent(request, at, 'write_mapping', allowed ? 'allowed' : 'denied', person.personId));
  }
  return allowed;
}

/**
 * Every route's role and area check, in one place: a session is required unless the route is
 * public, the person concerned is looked up, and `allows` decides.
 */
export function installGuard(app: FastifyInstance, db: Kysely<DatabaseSchema>, now: () => Date, staffIdleMs: number): void {
  // A route that forgets to say who may use it does not start: the server refuses to boot.
  app.addHook('onRoute', (route) => {
    const isPublic = !route.url.startsWith('/api/') || publicRoutes.has(`${String(route.method)} ${route.url}`);
    if (!isPublic && route.config?.access === undefined) throw new Error(`${String(route.method)} ${route.url} says nothing about access`);
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('concerning', null);
  app.decorateRequest('purpose', null);
  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    const token = bearerToken(request);
    const actor = token === null ? null : await actorOfSession(db, token, now(), staffIdleMs);
    if (actor === null) return refuse(reply, 401, 'unauthorized', 'Log in first (the session is missing, ended or expired)');
    request.actor = actor;
    const purpose = auditPurposeSchema.optional().safeParse(request.headers[purposeHeader]);
    if (!purpose.success) {
      const body: ApiError = { error: { code: 'invalid_request', message: `Unknown ${purposeHeader}: expected one of ${auditPurposeSchema.options.join(', ')}` } };
      return reply.code(400).send(body);
    }
    request.purpose = purpose.data ?? null;
    if (access.action === 'any_session' || access.concerning === 'each') return;

    let concerning: ConcernedPerson | undefined;
    if (access.concerning === 'self') {
      if (actor.kind !== 'participant') return refuse(reply, 403, 'forbidden', 'Only a participant has this page of their own');
      const person = await personConcerned(db, 'self', actor.personId);
      if (person === null) return refuse(reply, 404, 'not_found', 'No such person');
      request.concerning = person;
      concerning = person;
    } else if (access.concerning === 'person' || access.concerning === 'mapping') {
      const { id } = request.params as { id: string };
      const person = await personConcerned(db, access.concerning, id);
      if (person === null) {
        return refuse(reply, 404, 'not_found', access.concerning === 'person' ? 'No such person' : 'No such mapping');
      }
      request.concerning = person;
      concerning = person;
    }
    const allowed = allows(actor, access.action, concerning);
    // Every look at or change of a person's data by staff is logged, refused ones too; if the
    // log cannot be written, the request fails rather than go unrecorded.
    if (actor.kind === 'staff' && concerning !== undefined) {
      await recordAuditEvent(db, staffAccessEvent(request, now(), access.action, allowed ? 'allowed' : 'denied', concerning.personId));
    }
    if (!allowed) return refuse(reply, 403, 'forbidden', 'Your role or area does not allow this');
  });
}
