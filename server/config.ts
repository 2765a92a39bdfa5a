import { resolve } from 'node:path';
import type { DatabaseLocation } from './db/database';

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  staticDir: string;
}

/**
 * Settings from the environment, each with a default that works on a laptop:
 * `DATABASE_URL` (PostgreSQL; unset = embedded PGlite in `DATA_DIR`, default `./data`),
 * `HOST` (default 127.0.0.1), `PORT` (default 8080), `STATIC_DIR` (the built app, default `./dist`).
 */
export function configFromEnvironment(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not ${env.PORT}`);
  const database: DatabaseLocation = env.DATABASE_URL
    ? { kind: 'postgresql', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(root, env.DATA_DIR ?? 'data', 'pglite') };
  return { host: env.HOST ?? '127.0.0.1', port, database, staticDir: resolve(root, env.STATIC_DIR ?? 'dist') };
}
