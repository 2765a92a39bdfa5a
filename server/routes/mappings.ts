import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiErrorSchema,
  mappingConflictSchema,
  mappingParamsSchema,
  putMappingBodySchema,
  putMappingReplySchema,
  storedMappingSchema,
} from '../../src/domain/mapping-api';
import type { Database } from '../db/database';
import { getMapping, putMapping } from '../services/mappings';

export function mappingRoutes(database: Database, now: () => Date): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/mappings/:id',
      {
        schema: {
          summary: 'Store one revision of a mapping (idempotent)',
          description:
            'Same id and revision sent again with the same content answers 200 with outcome ' +
            '"already_stored" and stores nothing. A revision that does not build on the stored one is a 409.',
          params: mappingParamsSchema,
          body: putMappingBodySchema,
          response: { 200: putMappingReplySchema, 400: apiErrorSchema, 409: mappingConflictSchema },
        },
      },
      async (request, reply) => {
        const result = await putMapping(database.db, request.params.id, request.body, now());
        if (result.kind === 'conflict') {
          return reply.code(409).send({
            error: { code: 'conflict', message: 'The server has a different revision of this mapping' },
            current: result.current,
          });
        }
        return result.reply;
      },
    );

    app.get(
      '/api/mappings/:id',
      {
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
