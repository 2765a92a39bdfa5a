// Brotli and gzip copies of the built app's text files (x.js → x.js.br, x.js.gz), made once at
// build time so the server sends them as they are (@fastify/static `preCompressed`) instead of
// compressing on every request. A phone on a slow link then gets the entry script at about a
// third of its size.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text that compresses; fonts (woff2), pictures (png) and clips (mp3) are compressed already. */
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this the headers of the answer weigh more than what compression saves. */
const minimumBytes = 1024;

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return compressible.test(name) ? [path] : [];
  });
}

/** Writes `path`.br and `path`.gz beside a file, each only when it is smaller than the file. */
export async function compressFile(path: string): Promise<void> {
  const bytes = readFileSync(path);
  if (bytes.length < minimumBytes) return;
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
}

/** Vite plugin: compresses the output once everything is written, the service worker included. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kompass-precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After vite-plugin-pwa's closeBundle, which builds sw.js.
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await Promise.all(textFiles(outDir).map(compressFile));
      },
    },
  };
}
