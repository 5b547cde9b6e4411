/**
 * A small static file server for dist/ that behaves like the host the README asks for: the site under
 * its base path, brotli or gzip for text, the right content types, 404.html for missing pages, folder
 * addresses redirected to their trailing slash, `no-cache` or `immutable` caching, and the security
 * headers. `npm start`, `npm run serve` and the browser tests all use it, so the tests see what people
 * get. Node built-ins only: files are compressed on first request and kept in memory (dist/ is a few
 * megabytes), keyed by size and modification time so a new build is picked up at once.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
/**
 * Brotli's level for compressing a file on its first request, chosen for speed. Measured over every
 * text file of dist/ (505 files, 10.8 MB): level 5 took 0.27 s for 2.86 MB; level 9 took 23 s for
 * 2.83 MB. At level 9, the first "make the whole course work offline" took 25 s on a quiet machine
 * (4 s once the files were compressed), and over 30 s while the browser tests ran beside it.
 */
const BROTLI_QUALITY = 5;
const gzipAsync = promisify(gzip);

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  // Pagefind runs on WebAssembly: browsers compile it while it downloads only with this type.
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
/** Worth compressing. Pagefind's index, fragments and wasm are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);
/**
 * Pagefind's data files (wasm, index metadata, index chunks, filters, result fragments) are gzip files.
 * Sent as they are with `Content-Encoding: gzip`, the browser inflates them as they arrive, off the
 * page's thread, and Pagefind sees they are inflated (its "pagefind_dcd" mark) and skips its own
 * JavaScript gunzip, which on a first search held the page for 70 ms over the index and 150 ms over the
 * results' fragments here. To a browser that does not take gzip they go as plain bytes, and Pagefind
 * inflates them itself.
 */
const PAGEFIND_GZIPPED = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment']);

/** The headers the README's deploy section lists, sent with every answer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
};

/** Hashed file names are safe to keep for a year; everything else is checked again on each use. */
export function cacheControl(pathInSite: string): string {
  return pathInSite.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to send for an Accept-Encoding header, of those the file can be sent in: brotli if
 * accepted, then gzip (a file stored as gzip offers gzip only).
 */
export function chooseEncoding(header: string | undefined, offered: readonly Encoding[] = ['br', 'gzip']): Encoding {
  const accepted = new Map(
    (header ?? '').split(',').flatMap((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
      return name ? [[name, q === undefined ? 1 : Number(q)] as const] : [];
    }),
  );
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return offered.find((encoding) => encoding !== 'identity' && ok(encoding)) ?? 'identity';
}

export interface StaticServerOptions {
  /** The folder to serve (dist/). */
  root: string;
  /** The base path the site was built for, e.g. "/" or "/training/". */
  base: string;
}

interface Found {
  path: string;
  size: number;
  mtimeMs: number;
}

export function createStaticServer({ root, base }: StaticServerOptions): Server {
  const siteBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const compressed = new Map<string, { key: string; body: Buffer }>();

  async function find(relativePath: string): Promise<Found | 'folder' | undefined> {
    const path = normalize(join(root, relativePath));
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (!info) return undefined;
    if (info.isDirectory()) return 'folder';
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : undefined;
  }

  async function body(file: Found, encoding: Encoding): Promise<Buffer> {
    const raw = await readFile(file.path);
    if (encoding === 'identity') return raw;
    const key = `${file.size}:${file.mtimeMs}`;
    const cacheKey = `${encoding}:${file.path}`;
    const kept = compressed.get(cacheKey);
    if (kept?.key === key) return kept.body;
    const packed =
      encoding === 'br'
        ? await brotli(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : await gzipAsync(raw, { level: 9 });
    compressed.set(cacheKey, { key, body: packed });
    return packed;
  }

  async function send(request: IncomingMessage, response: ServerResponse, file: Found, status: number, pathInSite: string): Promise<void> {
    const extension = extname(file.path).toLowerCase();
    const gzipped = PAGEFIND_GZIPPED.has(extension);
    const negotiated = COMPRESSIBLE.has(extension) || gzipped;
    const encoding = negotiated ? chooseEncoding(request.headers['accept-encoding'], gzipped ? ['gzip'] : undefined) : 'identity';
    const etag = `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(pathInSite) : 'no-cache',
      ...(negotiated ? { Vary: 'Accept-Encoding' } : {}),
      ...(status === 200 ? { ETag: etag } : {}),
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const content = gzipped ? await readFile(file.path) : await body(file, encoding);
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(content.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : content);
  }

  /** The not-found page: the Spanish edition's for an address under es/ (as the README suggests hosts do), else 404.html. */
  async function notFound(request: IncomingMessage, response: ServerResponse, pathInSite = ''): Promise<void> {
    for (const candidate of pathInSite.startsWith('es/') ? ['es/404/index.html', '404.html'] : ['404.html']) {
      const page = await find(candidate);
      if (page && page !== 'folder') return send(request, response, page, 404, candidate);
    }
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES['.txt']! }).end('Not found');
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    // Read as a path on this host: `new URL('//x', base)` would take "x" for a host name. Repeated
    // slashes count as one, as common hosts do, so "//" is the home page and a redirect stays on the site.
    const target = request.url ?? '/';
    const url = new URL(target.startsWith('/') ? `http://host${target}` : target, 'http://host');
    const requestPath = url.pathname.replace(/\/{2,}/g, '/');
    let pathname: string;
    try {
      pathname = decodeURIComponent(requestPath);
    } catch {
      return notFound(request, response);
    }
    // The base itself without its slash ("/training") goes to the base, like any folder.
    if (`${pathname}/` === siteBase) return redirect(response, `${siteBase}${url.search}`);
    if (!pathname.startsWith(siteBase)) return notFound(request, response);
    const pathInSite = pathname.slice(siteBase.length);
    const found = await find(pathInSite);
    if (found === 'folder') {
      if (!pathname.endsWith('/')) return redirect(response, `${requestPath}/${url.search}`);
      const index = await find(join(pathInSite, 'index.html'));
      if (index && index !== 'folder') return send(request, response, index, 200, pathInSite);
      return notFound(request, response, pathInSite);
    }
    if (found) return send(request, response, found, 200, pathInSite);
    return notFound(request, response, pathInSite);
  }

  return createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, SECURITY_HEADERS);
      response.end();
    });
  });
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { ...SECURITY_HEADERS, Location: location, 'Cache-Control': 'no-cache' }).end();
}
