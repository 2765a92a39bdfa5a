import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../src/domain/mapping-api';

/**
 * Every error leaves the API as `{ error: { code, message, fields? } }`. A request the
 * schema refuses says which fields and why; a server fault says nothing about internals.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext ?? 'body';
      const body: ApiError = {
        error: {
          code: 'invalid_request',
          message: `The request ${location} does not match the schema`,
          fields: error.validation.map((issue) => ({
            path: [location, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
            message: issue.message ?? 'is not valid',
          })),
        },
      };
      return reply.code(400).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const body: ApiError = { error: { code: 'invalid_request', message: error.message } };
      return reply.code(status).send(body);
    }
    request.log.error({ err: error }, 'request failed');
    const body: ApiError = { error: { code: 'internal_error', message: 'The server could not handle this request' } };
    return reply.code(500).send(body);
  });
}

/**
 * What the router refuses before any route runs (a path that is not valid percent-encoding, a
 * parameter past the length limit) answers in the same shape; Fastify's own body has no `error.code`.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const body: ApiError = { error: { code: 'invalid_request', message: error.message } };
  return reply.code(error.statusCode ?? 400).send(body);
}
