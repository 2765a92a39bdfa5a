import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installAdmission } from '../../server/admission';

/** A route with a session's work that waits until the test lets it finish; it records who started. */
async function gatedApp(limit: number) {
  const app = Fastify();
  installAdmission(app, limit);
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  app.get('/api/work/:name', { config: { access: { action: 'any_session', concerning: 'none' } } }, async (request) => {
    const { name } = request.params as { name: string };
    started.push(name);
    await new Promise<void>((resolve) => finishers.set(name, resolve));
    return { name };
  });
  app.get('/api/health', async () => ({ ok: true }));
  await app.ready();
  return { app, started, finish: (name: string) => finishers.get(name)!() };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('admission of requests with a session', () => {
  it('works on a few at a time and lets the others in in the order they came, so the first are answered first', async () => {
    const { app, started, finish } = await gatedApp(2);
    close = () => app.close();
    const answers = ['a', 'b', 'c', 'd'].map((name) => app.inject({ method: 'GET', url: `/api/work/${name}` }));
    await until(() => started.length === 2);
    expect(started).toEqual(['a', 'b']);
    // Routes without a session (health, log-in) never wait.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

    finish('b');
    await until(() => started.length === 3);
    finish('a');
    await until(() => started.length === 4);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    finish('c');
    finish('d');
    expect((await Promise.all(answers)).map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
  });

  it('drops a request whose device gave up while it waited, before any of its work', async () => {
    const { app, started, finish } = await gatedApp(1);
    close = () => app.close();
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const first = fetch(`${url}/api/work/first`);
    await until(() => started.length === 1);
    const givingUp = new AbortController();
    const abandoned = fetch(`${url}/api/work/abandoned`, { signal: givingUp.signal }).catch(() => 'gave up');
    // Long enough for it to be waiting in line on the server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    givingUp.abort();
    expect(await abandoned).toBe('gave up');
    await new Promise((resolve) => setTimeout(resolve, 100));

    finish('first');
    expect((await first).status).toBe(200);
    const after = fetch(`${url}/api/work/after`);
    await until(() => started.length === 2);
    finish('after');
    expect((await after).status).toBe(200);
    expect(started).toEqual(['first', 'after']);
  });
});
