import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { combinePageStylesheets } from '../src/lib/build/page-stylesheets.ts';
import { contentNamed, readBuiltPages, siteBase, writeBuiltFiles } from './built-pages.ts';

/**
 * Each page links its base styles and one stylesheet of its own (src/lib/build/page-stylesheets.ts).
 * Put it after stylesInHead (the <style> elements it combines are then in <head>), before pageCsp (the
 * page keeps no hash for styles it no longer has inline) and before the service worker, which precaches
 * the files pages link. The split files no page links any more are removed, so nothing unused is
 * published or cached.
 */
export function pageStylesheets(): AstroIntegration {
  let base = '/';
  return {
    name: 'alongside:page-stylesheets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = await readBuiltPages(root);
        const sheets = new Map<string, string>();
        for (const html of pages.values()) {
          for (const [, href = ''] of html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
            if (!sheets.has(href)) sheets.set(href, await readFile(join(root, siteFile(href, base)), 'utf8'));
          }
        }
        const combined = combinePageStylesheets(
          pages,
          (href) => sheets.get(href)!,
          contentNamed('page', 'css'),
          (file) => `${base}${file}`,
        );
        await writeBuiltFiles(root, combined.files);
        await writeBuiltFiles(root, combined.pages);
        const stillLinked = new Set(
          [...pages].flatMap(([name, html]) =>
            [...(combined.pages.get(name) ?? html).matchAll(/href="([^"]+\.css)"/g)].map((match) => match[1]),
          ),
        );
        for (const href of combined.replaced) if (!stillLinked.has(href)) await rm(join(root, siteFile(href, base)));
      },
    },
  };
}

/** A stylesheet's path in dist/ from the address a page links it at. */
function siteFile(href: string, base: string): string {
  if (!href.startsWith(base)) throw new Error(`A page links a stylesheet outside the site: ${href}`);
  return href.slice(base.length);
}
