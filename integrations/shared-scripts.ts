import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shareInlineScripts } from '../src/lib/build/shared-scripts.ts';

/** Named by content, like Vite's own chunks, so a cached copy is never stale. */
const fileName = (content: string) => `_astro/shared.${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.js`;

/**
 * Inline scripts that repeat across pages (Astro's island runtime and client directives) become files
 * (src/lib/build/shared-scripts.ts). Put it before pageCsp, so no page keeps a hash for them, and
 * before the service worker, which precaches the files the pages load.
 */
export function sharedScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'alongside:shared-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const names = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        const pages = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(root, name), 'utf8')] as const)));
        const shared = shareInlineScripts(pages, fileName, (file) => `${base}${file}`);
        for (const [file, content] of shared.files) await writeFile(join(root, file), content);
        for (const [name, html] of shared.pages) await writeFile(join(root, name), html);
      },
    },
  };
}
