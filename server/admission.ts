import type { FastifyInstance } from 'fastify';

/**
 * Requests with a session (the ones that read and write people's data) are worked on at most
 * this many at a time; more would only wait for the database's connections (10) inside.
 */
export const admissionLimit = 30;

/**
 * Requests with a session go on to the database at most `limit` at a time, in order of arrival.
 * The database pool queues queries, not requests: when a thousand devices came back online at
 * once, each request's every query waited behind all the others' queries, so all of them were
 * answered at the very end — after the devices had stopped waiting (20 s). In order, the first
 * are answered at once and the rest move up. A request whose device gave up while it waited is
 * dropped before it costs the database anything.
 */
export function installAdmission(app: FastifyInstance, limit = admissionLimit): void {
  const waiting: (() => void)[] = [];
  let working = 0;
  const next = () => {
    const admit = waiting.shift();
    if (admit) admit();
    else working--;
  };

  // At the very start, before the body is read and checked: otherwise, in a storm, checking
  // thousands of waiting bodies would hold up the requests whose turn it is.
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.access === undefined) return;
    if (working < limit) {
      working++;
    } else {
      const admitted = await new Promise<boolean>((resolve) => {
        const admit = () => {
          reply.raw.off('close', leave);
          resolve(true);
        };
        const leave = () => {
          waiting.splice(waiting.indexOf(admit), 1);
          resolve(false);
        };
        waiting.push(admit);
        reply.raw.once('close', leave);
      });
      // Nobody is listening any more: no answer, no log line, no database work.
      if (!admitted) return reply.hijack();
    }
    // The turn passes on once the answer is sent, or the connection is gone (whichever is first).
    reply.raw.once('close', next);
  });
}
