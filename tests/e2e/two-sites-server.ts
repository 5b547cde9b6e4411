/**
 * One origin serving two Alongside sites under different base paths, as a host with two deployments
 * would: the built site in dist/ under the base it was built for, and a second site under /second/.
 * The second site is one page and the real service worker compiled for /second/ (milliseconds with
 * esbuild), not a second `astro build`: what the test needs from it is a live worker and cache of
 * another base path, and a full build would add its build time to every run.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { compileWorker } from '../../integrations/service-worker.ts';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
export const SECOND_BASE = '/second/';
const SECOND_PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Second site</title><h1>Second site</h1></html>';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TwoSites {
  origin: string;
  close: () => Promise<void>;
}

/** Starts the server on a free port. `base` is the base path dist/ was built for. */
export async function serveTwoSites(base: string): Promise<TwoSites> {
  const worker = await compileWorker({
    source: join(root, 'src', 'service-worker', 'sw.ts'),
    version: 'second-site',
    base: SECOND_BASE,
    precache: { essential: { en: [SECOND_BASE], es: [] }, course: [] },
    sizes: { essentialBytes: { en: 0, es: 0 }, courseBytes: { en: 0, es: 0 } },
  });
  const server = createServer((request, response) => {
    void answer(new URL(request.url ?? '/', 'http://host').pathname).then(({ status, type, body }) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
    });
  });

  async function answer(path: string): Promise<{ status: number; type: string; body: string | Uint8Array }> {
    if (path === SECOND_BASE) return { status: 200, type: TYPES['.html']!, body: SECOND_PAGE };
    if (path === `${SECOND_BASE}sw.js`) return { status: 200, type: TYPES['.js']!, body: worker };
    const file = path.startsWith(base) ? await fileFor(normalize(decodeURIComponent(path.slice(base.length)))) : undefined;
    if (file) return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    return { status: 404, type: TYPES['.html']!, body: await readFile(join(dist, '404.html')) };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // the browser keeps connections open
        server.close(() => resolve());
      }),
  };
}

/** The file in dist/ for a path under the base (a folder means its index.html), or undefined. */
async function fileFor(relativePath: string): Promise<string | undefined> {
  if (relativePath.startsWith('..')) return undefined;
  const path = join(dist, relativePath);
  const found = await stat(path).catch(() => undefined);
  if (found?.isDirectory()) return fileFor(join(relativePath, 'index.html'));
  return found?.isFile() ? path : undefined;
}
