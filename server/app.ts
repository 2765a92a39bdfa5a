import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiError } from '../src/domain/mapping-api';
import type { Database } from './db/database';
import { installGuard } from './auth/guard';
import { answerFrameworkError, installErrorHandler } from './errors';
import { accountRoutes } from './routes/accounts';
import { auditRoutes } from './routes/audit';
import { healthRoutes } from './routes/health';
import { mappingRoutes } from './routes/mappings';
import { personRoutes } from './routes/persons';
import { privacyRoutes } from './routes/privacy';
import { staffRoutes } from './routes/staff';

export interface AppOptions {
  database: Database;
  /** The built PWA (`dist/`), served beside the API; null serves the API only. */
  staticDir: string | null;
  /** Pino log level, or 'silent'. */
  logLevel?: string;
  now?: () => Date;
}

/** A mapping is a few kilobytes; anything near this is not a mapping. */
const bodyLimitBytes = 256 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, staticDir, logLevel = 'silent', now = () => new Date() } = options;
  const app = Fastify({ logger: { level: logLevel }, bodyLimit: bodyLimitBytes, frameworkErrors: answerFrameworkError });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kompass API',
        version: '0.1.0',
        description: 'Competence mapping for newly arrived refugees. Schemas come from src/domain.',
      },
    },
    transform: jsonSchemaTransform,
  });

  installGuard(app, database.db, now);
  await app.register(healthRoutes(database));
  await app.register(accountRoutes(database, now));
  await app.register(staffRoutes(database, now));
  await app.register(personRoutes(database, now));
  await app.register(privacyRoutes(database, now));
  await app.register(auditRoutes(database, now));
  await app.register(mappingRoutes(database, now, bodyLimitBytes));
  app.get('/api/docs', { schema: { hide: true } }, async () => app.swagger());

  if (staticDir !== null && existsSync(join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        // Hashed files never change; everything else must be checked so updates arrive.
        const immutable = path.startsWith(join(staticDir, 'assets'));
        response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || staticDir === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      const body: ApiError = { error: { code: 'not_found', message: 'No such address' } };
      return reply.code(404).send(body);
    }
    // Any other page address is the app itself (the service worker does the same offline).
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
