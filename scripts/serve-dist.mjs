// A small static server for dist/, used by `npm start` and the browser tests. It serves the site
// under BASE_PATH the way a static host or CDN would: index.html for folders, 404.html for misses,
// and the right types for Pagefind's .pf_* and .wasm files. Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const root = resolve('dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/ has no index.html: run `npm run build` first.');
  process.exit(1);
}

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const target = normalize(join(root, relative));
  if (!target.startsWith(root)) return undefined; // no escaping dist/ with ../
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) ? target : undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // /modules/x -> /modules/x/ as static hosts do, so relative links resolve the same way.
  if (!extname(url.pathname) && !url.pathname.endsWith('/') && fileFor(`${url.pathname}/`)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  response.writeHead(status, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Alongside is being served at http://localhost:${port}${base} (Ctrl+C to stop)`);
});
