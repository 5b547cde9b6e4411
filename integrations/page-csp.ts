import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepOwnHashes } from '../src/lib/build/page-csp.ts';

/** A script's or style's CSP source expression, as Astro writes them (SHA-256, base64). */
const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

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
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const pruned = keepOwnHashes(html, sha256);
          if (pruned !== html) await writeFile(file, pruned);
        }
      },
    },
  };
}
