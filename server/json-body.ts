import type { FastifyInstance } from 'fastify';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON body must be UTF-8 (RFC 8259). Read as Node reads text, bytes that are not would
 * quietly become U+FFFD in a person's answers; they are refused with a reason instead. The rest
 * (an empty body, "__proto__" keys) is Fastify's own parser, as before.
 */
export function acceptUtf8JsonOnly(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(Object.assign(new Error('The body is not UTF-8 text'), { statusCode: 400 }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
