import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { shareInlineScripts } from '../src/lib/build/shared-scripts.ts';
import { contentNamed, readBuiltPages, siteBase, writeBuiltFiles } from './built-pages.ts';

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
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const shared = shareInlineScripts(await readBuiltPages(root), contentNamed('shared', 'js'), (file) => `${base}${file}`);
        await writeBuiltFiles(root, shared.files);
        await writeBuiltFiles(root, shared.pages);
      },
    },
  };
}
