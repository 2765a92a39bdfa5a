import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { storedMappingSchema, type StoredMapping } from '../../../src/domain/mapping-api';

const root = join(import.meta.dirname, '../../..');

/** A free port, so a restarted server keeps the same origin (and the browser its data). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface KompassServer {
  url: string;
  /** The server's process id (a bench reads its CPU time). */
  pid: number;
  /** The first administrator's one-time setup secret, printed while none exists; null after. */
  setupToken: string | null;
  /** Ends the process at once, mid-request if need be, as a crash or power cut would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real server (`server/main.ts`) on the built app, as `npm start` does: on embedded
 * PGlite in `dataDir`, or on PostgreSQL when `databaseUrl` is given.
 */
export async function startKompassServer(options: { port: number; dataDir: string; staticDir?: string; databaseUrl?: string }): Promise<KompassServer> {
  // Node itself with tsx as a loader (not the tsx wrapper), so a signal reaches the server.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      STATIC_DIR: options.staticDir ?? join(root, 'dist'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { url, setupToken } = await new Promise<{ url: string; setupToken: string | null }>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kompass is running at (\S+)/.exec(output);
      // The setup link, when there is one, is printed before the line that says the server runs.
      if (match) resolve({ url: match[1]!, setupToken: /#setup=([\w-]+)/.exec(output)?.[1] ?? null });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    setupToken,
    kill: () => endProcess(child, 'SIGKILL'),
    stop: () => endProcess(child, 'SIGTERM'),
  };
}

function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * What the server holds of a mapping (GET /api/mappings/:id, checked against the API's schema),
 * or null when it has none; read with a guide's session (see ./workspace).
 */
export async function mappingOnServer(serverUrl: string, id: string, token: string): Promise<StoredMapping | null> {
  const response = await fetch(`${serverUrl}/api/mappings/${id}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET /api/mappings/${id} answered ${response.status}`);
  return storedMappingSchema.parse(await response.json());
}
