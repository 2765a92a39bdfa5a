import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startKompassServer } from './kompass-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The embedded database as the real server leaves it after its first start (see rig.ts). */
    firstStartData: string;
  }
}

/**
 * Starts the real server once on an empty data folder and keeps what it made: each test file's
 * server then starts on a copy, instead of creating and migrating its own database (PGlite's
 * initdb took about as long as a short test file).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const workDir = mkdtempSync(join(tmpdir(), 'kompass-first-start-'));
  const dataDir = join(workDir, 'data');
  const server = await startKompassServer({ port: await freePort(), dataDir });
  await server.stop();
  project.provide('firstStartData', join(dataDir, 'pglite'));
  return () => rmSync(workDir, { recursive: true, force: true });
}
