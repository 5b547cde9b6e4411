import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createStaticServer } from '../../../scripts/lib/static-server.ts';

// The server `npm start` and the browser tests use, over a tiny site in a temporary folder.
const root = mkdtempSync(join(tmpdir(), 'alongside-serve-'));
const page = '<!doctype html><title>Home</title>'.padEnd(4_000, ' ');
/** Pagefind writes its data files gzipped, with its mark inside. */
const fragment = gzipSync('pagefind_dcd{"url":"/training/"}');
let origin = '';
const server = createStaticServer({ root, base: '/training/' });

beforeAll(async () => {
  mkdirSync(join(root, 'modules', 'boundaries'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'modules', 'boundaries', 'index.html'), '<h1>Boundaries</h1>');
  writeFileSync(join(root, '404.html'), '<h1>We could not find that page</h1>');
  mkdirSync(join(root, 'es', '404'), { recursive: true });
  writeFileSync(join(root, 'es', '404', 'index.html'), '<h1>No encontramos esa página</h1>');
  writeFileSync(join(root, '_astro', 'app.abc123.js'), 'console.log(1);'.repeat(100));
  writeFileSync(join(root, 'pagefind', 'wasm.en.pagefind'), 'binary');
  mkdirSync(join(root, 'pagefind', 'fragment'));
  writeFileSync(join(root, 'pagefind', 'fragment', 'en_abc.pf_fragment'), fragment);
  writeFileSync(join(root, 'pagefind', 'search.wasm'), 'binary');
  writeFileSync(join(root, 'manifest.webmanifest'), '{}');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

describe('the static server', () => {
  it('sends brotli where the browser takes it, else gzip, else the file as it is', async () => {
    // fetch would decompress on its own; asking with node's raw bytes shows what went over the wire.
    const br = await get('/training/', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const gz = await get('/training/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gz.headers.get('content-length'))).toBeLessThan(page.length / 4);
    const plain = await get('/training/', { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(page);
  });

  it('compresses bytes that decompress to the file', async () => {
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<Buffer>((resolve) => {
        request(`${origin}/training/`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks)));
        }).end();
      });
    expect(brotliDecompressSync(await raw('br')).toString()).toBe(page);
    expect(gunzipSync(await raw('gzip')).toString()).toBe(page);
  });

  it('sends the README’s security headers and caching: no-cache for pages, a year for hashed files', async () => {
    const home = await get('/training/');
    expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(home.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/training/_astro/app.abc123.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves .wasm and .webmanifest with their types, and Pagefind’s own files as they are', async () => {
    expect((await get('/training/pagefind/search.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/training/manifest.webmanifest')).headers.get('content-type')).toBe('application/manifest+json');
    const index = await get('/training/pagefind/wasm.en.pagefind', { 'Accept-Encoding': 'br' });
    expect(index.headers.get('content-encoding')).toBeNull();
  });

  it('sends Pagefind’s gzipped data files as gzip to a browser that takes it, so the browser inflates them, not Pagefind', async () => {
    const path = '/training/pagefind/fragment/en_abc.pf_fragment';
    const taken = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(taken.headers.get('content-encoding')).toBe('gzip');
    expect(taken.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(taken.headers.get('content-length'))).toBe(fragment.length); // the file itself, not gzipped again
    expect(await taken.text()).toBe('pagefind_dcd{"url":"/training/"}'); // fetch inflates, as a browser does
    // A browser that does not take gzip gets the file's bytes, and Pagefind inflates them itself.
    const plain = await get(path, { 'Accept-Encoding': 'br' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(fragment);
  });

  it('answers a page it does not have with 404.html, and leaves no way out of the folder', async () => {
    for (const path of ['/training/no-such-page/', '/elsewhere/', '/training/%2e%2e/%2e%2e/etc/passwd', '/training/%E0%A4%A']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('We could not find that page');
    }
  });

  it('answers a missing address in the Spanish edition with the Spanish not-found page', async () => {
    const response = await get('/training/es/modulos-que-no-existen/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No encontramos esa página');
    expect(await (await get('/training/estonia/')).text()).toContain('We could not find that page');
  });

  it('redirects a folder without its slash, keeps the query, and revalidates with an ETag', async () => {
    const folder = await get('/training/modules/boundaries?x=1');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/training/modules/boundaries/?x=1');
    expect((await get('/training')).headers.get('location')).toBe('/training/');
    const etag = (await get('/training/')).headers.get('etag')!;
    expect((await get('/training/', { 'If-None-Match': etag })).status).toBe(304);
    expect((await fetch(`${origin}/training/`, { method: 'POST' })).status).toBe(405);
  });

  it('reads repeated slashes as one: never an error, and never a redirect to another host', async () => {
    expect((await get('//training/')).status).toBe(200);
    expect((await get('/training//modules//boundaries/')).status).toBe(200);
    const folder = await get('//training//modules/boundaries');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/training/modules/boundaries/');
    expect((await get('//elsewhere.example/training/')).status).toBe(404);
  });
});

describe('choosing an encoding', () => {
  it('follows Accept-Encoding, its q-values and a wildcard', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    // A file stored gzipped offers gzip only.
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br, gzip;q=0', ['gzip'])).toBe('identity');
  });
});
