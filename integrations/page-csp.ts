import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { keepOwnHashes } from '../src/lib/build/page-csp.ts';
import { rewriteBuiltPages } from './built-pages.ts';

/** A script's or style's CSP source expression, as Astro writes them (SHA-256, base64). */
const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/**
 * Each page's Content-Security-Policy keeps only the hashes of its own inline code
 * (src/lib/build/page-csp.ts). Put it after stylesInHead and before the service worker, which
 * precaches the pages as they are then.
 */
export function pageCsp(): AstroIntegration {
  return {
    name: 'alongside:page-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rewriteBuiltPages(fileURLToPath(dir), (html) => keepOwnHashes(html, sha256));
      },
    },
  };
}
