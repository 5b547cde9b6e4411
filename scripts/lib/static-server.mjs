// The bench's own static server: serves a built site the way a host with compression on would
// (gzip from node:zlib, level 6 as most hosts use), so Alongside and the Starlight reference are
// measured over the same wire. It is not the product's server (`npm start` uses `astro preview`).
// Run it as its own process, so Lighthouse and the bench never share its event loop:
//   node scripts/lib/static-server.mjs <folder> <port> [base path]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Worth compressing. Pagefind's index files (.pf_*) are gzipped already, and images and fonts are packed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.xml', '.txt', '.wasm']);

/**
 * What a request path names in the folder: a file, a redirect to the folder's address with its
 * trailing slash, or nothing. Never a file outside the folder.
 * @returns {{ file: string } | { redirect: string } | { missing: true }}
 */
export function resolvePath(root, base, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return { missing: true };
  }
  if (!path.startsWith(base)) return { missing: true };
  const file = resolve(root, `.${sep}${path.slice(base.length)}`);
  if (file !== root && !file.startsWith(root + sep)) return { missing: true };
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${path}/` };
    return existsSync(join(file, 'index.html')) ? { file: join(file, 'index.html') } : { missing: true };
  }
  return existsSync(file) ? { file } : { missing: true };
}

/** Starts serving `root` under `base` on 127.0.0.1:`port`; resolves to the server once it listens. */
export function serveStatic(root, port, base = '/') {
  const folder = resolve(root);
  const gzipped = new Map(); // file and its change time -> compressed bytes: each version is compressed once
  const server = createServer((request, response) => {
    const found = resolvePath(folder, base, request.url ?? '/');
    if ('redirect' in found) {
      response.writeHead(301, { Location: found.redirect }).end();
      return;
    }
    const notFound = join(folder, '404.html');
    const file = 'file' in found ? found.file : existsSync(notFound) ? notFound : undefined;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const extension = extname(file);
    const headers = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      // Content-hashed assets for a year, everything else checked each time (the README's advice).
      'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      body = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead('file' in found ? 200 : 404, { ...headers, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, port, base] = process.argv.slice(2);
  if (!root || !port) throw new Error('Usage: node scripts/lib/static-server.mjs <folder> <port> [base path]');
  await serveStatic(root, Number(port), base ?? '/');
}
