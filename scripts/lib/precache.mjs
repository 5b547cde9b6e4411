// What Alongside's service worker downloads to keep the site offline: the precache list compiled
// into dist/sw.js (integrations/service-worker.ts), as files in dist/ and their gzipped size.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} dist the built site
 * @param {string} base the base path it was built for
 * @param {'essential' | 'course'} part the first visit's files, or the rest of the course (cached when chosen)
 * @param {'en' | 'es'} language the edition being read: a first visit caches that edition's essentials only
 * @returns {{ files: number, bytes: number, gzBytes: number } | undefined} undefined without a worker
 */
export function precacheSize(dist, base, part = 'essential', language = 'en') {
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return undefined;
  // The worker is compiled with its plan inlined: `{ essential: { en: [...], es: [...] }, course: [...] }`.
  const source = readFileSync(worker, 'utf8');
  const pattern =
    part === 'essential' ? new RegExp(`\\bessential:\\s*\\{[^}]*?\\b${language}:\\s*(\\[[^\\]]*\\])`) : /\bcourse:\s*(\[[^\]]*\])/;
  const list = source.match(pattern)?.[1];
  if (!list) return undefined;
  const files = /** @type {string[]} */ (JSON.parse(list))
    .map((url) => join(dist, url.slice(base.length), url.endsWith('/') ? 'index.html' : ''))
    .filter((file) => existsSync(file) && statSync(file).isFile());
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    // Pagefind's .pf_ files are gzipped already and a host sends them as they are.
    gzBytes: files.reduce((sum, file) => sum + (file.includes('.pf_') ? statSync(file).size : gzipSync(readFileSync(file)).length), 0),
  };
}
