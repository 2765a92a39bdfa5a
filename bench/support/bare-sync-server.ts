// The floor a sync PUT is measured against (bench/server-throughput.ts): Fastify 5 as it comes,
// one route taking the same request as PUT /api/mappings/:id and answering the same JSON from
// memory, with no validation, session, database or logging. Run as its own process, as the
// real server is, and prints the address it listens at.
import Fastify from 'fastify';

const app = Fastify({ bodyLimit: 256 * 1024 });
const receivedAt = new Date().toISOString();
app.put<{ Params: { id: string }; Body: { revision: number } }>('/api/mappings/:id', async (request) => ({
  id: request.params.id,
  revision: request.body.revision,
  outcome: 'stored',
  receivedAt,
}));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`Bare sync route listening at ${address}`);
