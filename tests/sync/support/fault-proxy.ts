import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Random } from './seeded-random';

/** What the proxy can do to one request to the sync API. */
export const faultKinds = [
  'drop_request', // never reaches the server; the device gets no answer
  'drop_reply', // the server commits, the device gets no answer
  'delay', // up to 3 s late, then passed on
  'duplicate', // reaches the server twice (the second in parallel); the device sees one answer
  'server_error', // 503 (with Retry-After) or 500 without reaching the server
  'rate_limited', // 429 with Retry-After
  'kill_server', // the server process is killed while it handles the request, then restarted
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultFigures {
  requests: number;
  passedCleanly: number;
  faults: Record<FaultKind, number>;
  /** Requests that arrived while the server was down (answered 502 or cut off). */
  whileDown: number;
}

export interface FaultProxy {
  url: string;
  figures: FaultFigures;
  /** Faults only while on; off, every request passes (the network healed). */
  setFaults(on: boolean): void;
  /** Resolves when no server restart is under way. */
  serverBack(): Promise<void>;
  close(): Promise<void>;
}

interface Options {
  upstreamPort: number;
  random: Random;
  /** Chance that one sync request meets a fault. */
  faultRate: number;
  /** Kills the server process at once (SIGKILL) and starts it again on the same port. */
  killAndRestartServer(): Promise<void>;
}

const syncApi = /^\/api\/mappings(\/|$)/;

/**
 * Sits between the browsers and the real server. Pages, assets and the service worker pass
 * untouched; requests to the sync API meet a random fault from `faultKinds` at `faultRate`.
 */
export async function startFaultProxy(options: Options): Promise<FaultProxy> {
  const { upstreamPort, random, faultRate } = options;
  const figures: FaultFigures = {
    requests: 0,
    passedCleanly: 0,
    faults: Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>,
    whileDown: 0,
  };
  let faultsOn = true;
  let restarting: Promise<void> | null = null;

  const send = (incoming: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const upstream = forward(
        { host: '127.0.0.1', port: upstreamPort, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const reply = (response: ServerResponse, answer: Awaited<ReturnType<typeof send>>) => {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };

  /** Passes the request on; a server that is down gets the device a 502 or nothing at all. */
  async function passOn(incoming: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    try {
      reply(response, await send(incoming, body));
    } catch {
      figures.whileDown += 1;
      if (random() < 0.5) response.socket?.destroy();
      else response.writeHead(502).end();
    }
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (!syncApi.test(incoming.url ?? '')) return passOn(incoming, response, body);

    figures.requests += 1;
    if (restarting) await restarting;
    if (!faultsOn || random() >= faultRate) {
      figures.passedCleanly += 1;
      return passOn(incoming, response, body);
    }
    // Every kind once first, so even a small run meets each of them; then at random.
    const injected = Object.values(figures.faults).reduce((sum, count) => sum + count, 0);
    const kind = injected < faultKinds.length ? faultKinds[injected]! : random.pick(faultKinds);
    figures.faults[kind] += 1;
    switch (kind) {
      case 'drop_request':
        response.socket?.destroy();
        return;
      case 'drop_reply':
        await send(incoming, body).catch(() => undefined);
        response.socket?.destroy();
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, random.int(3_000)));
        return passOn(incoming, response, body);
      case 'duplicate': {
        const [first] = await Promise.allSettled([send(incoming, body), send(incoming, body)]);
        if (first.status === 'fulfilled') reply(response, first.value);
        else response.socket?.destroy();
        return;
      }
      case 'server_error':
        if (random() < 0.5) response.writeHead(503, { 'retry-after': '1' }).end();
        else response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"internal_error","message":"injected"}}');
        return;
      case 'rate_limited':
        response.writeHead(429, { 'retry-after': '2' }).end();
        return;
      case 'kill_server': {
        // One death at a time: a server that is already being restarted is not killed again.
        if (restarting) return passOn(incoming, response, body);
        const handled = send(incoming, body).catch(() => null);
        const killedAfterMs = random.int(30);
        restarting = (async () => {
          // Somewhere between receiving the request and answering it.
          await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
          await options.killAndRestartServer();
        })().finally(() => {
          restarting = null;
        });
        const answer = await handled;
        if (answer && random() < 0.5) reply(response, answer);
        else response.socket?.destroy();
        return;
      }
    }
  }

  const server: Server = createServer((incoming, response) => {
    handle(incoming, response).catch(() => response.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('fault proxy: no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    figures,
    setFaults(on) {
      faultsOn = on;
    },
    async serverBack() {
      while (restarting) await restarting;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
