import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { appliedMigration } from '../db/migrate';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['pglite', 'postgresql']), migration: z.string().nullable() }),
});

export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { summary: 'Is the server up, on which database, at which migration', response: { 200: healthSchema } } },
      async () => ({
        status: 'ok' as const,
        database: { kind: database.kind, migration: await appliedMigration(database.db) },
      }),
    );
  };
}
