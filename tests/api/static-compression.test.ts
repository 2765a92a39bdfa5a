import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../scripts/precompress';
import { startTestServer } from './support/test-server';

// A built app in miniature, compressed by the build's own step.
const staticDir = mkdtempSync(join(tmpdir(), 'kompass-static-'));
const script = 'export const answer = (question) => `the answer to ${question}`;\n'.repeat(200);
const serviceWorker = 'self.addEventListener("fetch", () => undefined);\n'.repeat(100);
mkdirSync(join(staticDir, 'assets'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Kompass</title>');
writeFileSync(join(staticDir, 'assets/index-Bx7k2Q9a.js'), script);
writeFileSync(join(staticDir, 'sw.js'), serviceWorker);

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  await compressFile(join(staticDir, 'assets/index-Bx7k2Q9a.js'));
  await compressFile(join(staticDir, 'sw.js'));
  server = await startTestServer({ staticDir });
});
afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  server.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the app, compressed', () => {
  it('sends a hashed script as Brotli to a browser that takes it, still kept for a year', async () => {
    const response = await get('/assets/index-Bx7k2Q9a.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a client that takes only gzip', async () => {
    const response = await get('/assets/index-Bx7k2Q9a.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends the file as it is to a client that asks for no compression', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const response = await get('/assets/index-Bx7k2Q9a.js', acceptEncoding);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body).toBe(script);
    }
  });

  it('compresses the service worker too, which browsers still check for updates every time', async () => {
    const response = await get('/sw.js', 'br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(serviceWorker);
  });

  it('leaves files too small to gain alone', () => {
    expect(() => readFileSync(join(staticDir, 'index.html.br'))).toThrow(/ENOENT/);
  });
});
