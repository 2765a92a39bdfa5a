import { afterAll, beforeAll } from 'vitest';
import { startTestServer } from '../api/support/test-server';
import { fetchThrough } from './fetch-through';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** The real server in this process for a component test file's tests; fetch goes to it. */
export function withRealServer(): () => TestServer {
  let server: TestServer;
  const originalFetch = globalThis.fetch;
  beforeAll(async () => {
    server = await startTestServer();
    globalThis.fetch = fetchThrough(server.app);
    // Migrating a fresh database takes a while on a busy machine.
  }, 60_000);
  afterAll(async () => {
    globalThis.fetch = originalFetch;
    await server.close();
  });
  return () => server;
}
