import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyLoggerOptions, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ApiError } from '../src/domain/mapping-api';
import type { Database } from './db/database';
import { installAdmission } from './admission';
import { installGuard } from './auth/guard';
import { defaultStaffIdleMs } from './auth/sessions';
import { answerFrameworkError, installErrorHandler } from './errors';
import { acceptUtf8JsonOnly } from './json-body';
import { logSerializers, RouteLog } from './request-log';
import { accountRoutes } from './routes/accounts';
import { auditRoutes } from './routes/audit';
import { healthRoutes } from './routes/health';
import { mappingRoutes } from './routes/mappings';
import { personRoutes } from './routes/persons';
import { privacyRoutes } from './routes/privacy';
import { staffRoutes } from './routes/staff';
import { installSecurityHeaders } from './security-headers';

export interface AppOptions {
  database: Database;
  /** The built PWA (`dist/`), served beside the API; null serves the API only. */
  staticDir: string | null;
  /** Pino log level, or 'silent'. */
  logLevel?: string;
  /** Where log lines go; standard output when absent (tests read them). */
  logStream?: FastifyLoggerOptions['stream'];
  now?: () => Date;
  /** Which reverse proxies' X-Forwarded-For to believe for the client's address (TRUST_PROXY); none by default. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** A staff session unused this long ends (STAFF_IDLE_MINUTES). */
  staffIdleMs?: number;
}

/** A mapping is a few kilobytes; anything near this is not a mapping. */
const bodyLimitBytes = 256 * 1024;

/**
 * Time to receive a whole request: a phone on a slow mobile link still sends the largest body
 * allowed, a client that trickles bytes to hold a connection open does not stay.
 */
const requestTimeoutMs = 60_000;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, staticDir, logLevel = 'silent', logStream, now = () => new Date(), trustProxy = false, staffIdleMs = defaultStaffIdleMs } = options;
  const app = Fastify({
    logger: { level: logLevel, serializers: logSerializers, ...(logStream ? { stream: logStream } : {}) },
    logController: new RouteLog(),
    bodyLimit: bodyLimitBytes,
    frameworkErrors: answerFrameworkError,
    // Route parameters are UUIDs (36 characters).
    routerOptions: { maxParamLength: 64 },
    requestTimeout: requestTimeoutMs,
    connectionTimeout: requestTimeoutMs,
    trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await installSecurityHeaders(app);
  // JSON only: a page elsewhere can make a browser send a form (text/plain too) unasked, never JSON.
  app.removeContentTypeParser('text/plain');
  acceptUtf8JsonOnly(app);

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

  installAdmission(app);
  installGuard(app, database.db, now, staffIdleMs);
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
      // The build writes .br and .gz beside each text file (scripts/precompress.ts): sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        // Hashed files never change; everything else must be checked so updates arrive.
        const immutable = path.startsWith(join(staticDir, 'assets'));
        response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        // The same address answers compressed or not, by the request's accept-encoding.
        response.setHeader('vary', 'accept-encoding');
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
