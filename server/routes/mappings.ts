import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiErrorSchema,
  mappingConflictSchema,
  mappingParamsSchema,
  batchLimit,
  putMappingBodySchema,
  putMappingReplySchema,
  putMappingsBatchBodySchema,
  putMappingsBatchReplySchema,
  storedMappingSchema,
} from '../../src/domain/mapping-api';
import { mayWriteMapping } from '../auth/guard';
import type { Database } from '../db/database';
import type { Actor } from '../../src/domain/access';
import { getMapping, putMapping, type MappingSender } from '../services/mappings';

/** Only the person or a guide may write a mapping (the guard made sure): who it was. */
function senderOf(actor: Actor): MappingSender {
  return actor.kind === 'participant' ? { personId: actor.personId } : { staffId: actor.staffId };
}

export function mappingRoutes(database: Database, now: () => Date, singleBodyLimitBytes: number): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/mappings/:id',
      {
        config: { access: { action: 'write_mapping', concerning: 'mapping' } },
        schema: {
          summary: 'Store one revision of a mapping (idempotent)',
          description:
            'Same id and revision sent again with the same content answers 200 with outcome ' +
            '"already_stored" and stores nothing. A revision that does not build on the stored one is a 409.',
          params: mappingParamsSchema,
          body: putMappingBodySchema,
          response: { 200: putMappingReplySchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: mappingConflictSchema },
        },
      },
      async (request, reply) => {
        const result = await putMapping(database.db, request.params.id, request.body, now(), senderOf(request.actor!));
        if (result.kind === 'conflict') {
          return reply.code(409).send({
            error: { code: 'conflict', message: 'The server has a different revision of this mapping' },
            current: result.current,
            base: result.base,
          });
        }
        return result.reply;
      },
    );

    app.post(
      '/api/mappings/batch',
      {
        // Room for a full batch of mappings as large as one PUT may carry.
        bodyLimit: batchLimit * singleBodyLimitBytes,
        config: { access: { action: 'write_mapping', concerning: 'each' } },
        schema: {
          summary: 'Store one revision each of several mappings',
          description:
            `Up to ${batchLimit} mappings, each handled exactly as PUT /api/mappings/:id would be, in its own ` +
            'transaction: the results say, per mapping and in order, 200 (stored or already stored), 409 ' +
            'with the current copy and the common base, 403 when this session may not write it, or 500 when ' +
            'storing that one failed (try it again). ' +
            'A body that is not valid as a whole is a 400 and nothing is written.',
          body: putMappingsBatchBodySchema,
          response: { 200: putMappingsBatchReplySchema, 400: apiErrorSchema },
        },
      },
      async (request) => {
        const results = [];
        for (const { id, ...body } of request.body.mappings) {
          try {
            // Inside the try: if staff's access cannot be logged, this one mapping fails (500).
            if (!(await mayWriteMapping(database.db, request, id, now()))) {
              results.push({ id, status: 403 as const });
              continue;
            }
            const result = await putMapping(database.db, id, body, now(), senderOf(request.actor!));
            results.push(
              result.kind === 'conflict'
                ? { id, status: 409 as const, current: result.current, base: result.base }
                : { id, status: 200 as const, reply: result.reply },
            );
          } catch (error) {
            // Its own transaction rolled back; the others are stored or answered as usual.
            request.log.error({ err: error, mappingId: id }, 'storing one mapping of a batch failed');
            results.push({ id, status: 500 as const });
          }
        }
        return { results };
      },
    );

    app.get(
      '/api/mappings/:id',
      {
        config: { access: { action: 'read_mapping', concerning: 'mapping' } },
        schema: {
          summary: 'Read a mapping and the list of its stored revisions',
          params: mappingParamsSchema,
          response: { 200: storedMappingSchema, 404: apiErrorSchema },
        },
      },
      async (request, reply) => {
        const mapping = await getMapping(database.db, request.params.id);
        if (!mapping) return reply.code(404).send({ error: { code: 'not_found', message: 'No such mapping' } });
        return mapping;
      },
    );
  };
}
