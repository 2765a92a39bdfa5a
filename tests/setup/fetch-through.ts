import type { FastifyInstance } from 'fastify';

/**
 * A `fetch` that hands each request to the real server in this process (Fastify inject), so
 * component tests talk to the real API and database without a network or a port.
 */
export function fetchThrough(app: FastifyInstance): typeof fetch {
  return async (input, init = {}) => {
    const request = new Request(new URL(String(input instanceof Request ? input.url : input), 'http://kompass.test'), init);
    const body = request.body === null ? undefined : await request.text();
    const response = await app.inject({
      method: request.method as 'GET',
      url: new URL(request.url).pathname + new URL(request.url).search,
      headers: Object.fromEntries(request.headers),
      payload: body,
    });
    return new Response(response.statusCode === 204 ? null : response.body, {
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
    });
  };
}
