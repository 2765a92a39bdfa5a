import { resolve } from 'node:path';
import { defaultStaffIdleMs } from './auth/sessions';
import { defaultRetentionYears } from '../src/domain/retention';
import type { DatabaseLocation } from './db/database';

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  staticDir: string;
  trustProxy: boolean | string[];
  staffIdleMs: number;
}

/**
 * `TRUST_PROXY`: unset or `false` when clients connect directly; behind a reverse proxy, the
 * proxy's address(es) or CIDR ranges, comma-separated (`127.0.0.1`, `10.0.0.0/8`); `true`
 * believes any sender (only when nothing else can reach the server). Only then is
 * X-Forwarded-For believed, so a client cannot choose the address the log-in limits count.
 */
function trustProxyFrom(value: string | undefined): ServerConfig['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((each) => each.trim()).filter(Boolean);
}

function minutesFrom(name: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 1) throw new Error(`${name} must be a whole number of minutes, not ${value}`);
  return minutes * 60_000;
}

/**
 * Settings from the environment, each with a default that works on a laptop:
 * `DATABASE_URL` (PostgreSQL; unset = embedded PGlite in `DATA_DIR`, default `./data`),
 * `HOST` (default 127.0.0.1), `PORT` (default 8080), `STATIC_DIR` (the built app, default `./dist`),
 * `TRUST_PROXY` (see above), `STAFF_IDLE_MINUTES` (a staff session unused this long ends, default 30).
 */
export function configFromEnvironment(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not ${env.PORT}`);
  const database: DatabaseLocation = env.DATABASE_URL
    ? { kind: 'postgresql', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(root, env.DATA_DIR ?? 'data', 'pglite') };
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    database,
    staticDir: resolve(root, env.STATIC_DIR ?? 'dist'),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    staffIdleMs: minutesFrom('STAFF_IDLE_MINUTES', env.STAFF_IDLE_MINUTES, defaultStaffIdleMs),
  };
}

/**
 * The retention sweep's settings: `RETENTION_YEARS` (whole years, default 15) and
 * `RETENTION_DRY_RUN=1` (the scheduled sweep only reports what it would delete).
 */
export function retentionFromEnvironment(env: NodeJS.ProcessEnv): { years: number; dryRun: boolean } {
  const years = env.RETENTION_YEARS === undefined ? defaultRetentionYears : Number(env.RETENTION_YEARS);
  if (!Number.isInteger(years) || years < 1) throw new Error(`RETENTION_YEARS must be a whole number of years (at least 1), not ${env.RETENTION_YEARS}`);
  return { years, dryRun: env.RETENTION_DRY_RUN === '1' || env.RETENTION_DRY_RUN === 'true' };
}
