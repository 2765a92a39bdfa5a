import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * What the log keeps of a request: method, route pattern (`/api/persons/:id`, never the
 * concrete address, which can hold a DUF number), status and time. No headers (a session
 * token), no query values, no bodies (a login code, a person's answers).
 */
function requestLine(request: FastifyRequest, reply: FastifyReply) {
  return { method: request.method, route: request.routeOptions.url ?? null, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
}

/** Fastify's own request lines, one per request, in the shape above. */
export class RouteLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ ...requestLine(request, reply), err: error }, 'request errored');
    else reply.log.info(requestLine(request, reply), 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.info({ method: request.method }, 'no such route');
  }
}

type LoggedError = Error & { code?: unknown; severity?: unknown; table?: unknown; constraint?: unknown };

/**
 * An error as the log keeps it: its kind, code and where in the code. A database error's
 * message and detail can quote the values of a row (a name, a DUF number), so for those only
 * the SQLSTATE, table and constraint are kept.
 */
function errorForLog(error: LoggedError) {
  const fromDatabase = typeof error.severity === 'string';
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return {
    type: error.constructor?.name ?? error.name,
    message: fromDatabase ? 'database error' : error.message,
    code: error.code,
    ...(fromDatabase ? { table: error.table, constraint: error.constraint } : {}),
    stack: frames.join('\n'),
  };
}

/** For any other log line that names a request, a reply or an error: the same, and no more. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions?.url ?? null }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: errorForLog,
};
