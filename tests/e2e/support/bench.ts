import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');

/**
 * Runs a benchmark at the sizes given and returns what it printed, for the smoke runs in
 * npm test: on embedded PGlite whatever DATABASE_URL says (a fresh machine has no PostgreSQL).
 */
export function runBench(bench: string, sizes: Record<string, string> = {}): string {
  const env: NodeJS.ProcessEnv = { ...process.env, ...sizes };
  delete env.DATABASE_URL;
  return execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'bench', bench)], { encoding: 'utf8', env });
}
