import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveStylesToHead } from '../src/lib/build/styles-in-head.ts';
import { combinePageStylesheets } from '../src/lib/build/page-stylesheets.ts';
import { shareInlineScripts } from '../src/lib/build/shared-scripts.ts';
import { islandScriptsInPlace } from '../src/lib/build/first-screen.ts';
import { withModulePreloads } from '../src/lib/build/module-preloads.ts';
import { keepOwnHashes } from '../src/lib/build/page-csp.ts';
import { contentNamed, readBuiltPages, siteBase } from './built-pages.ts';
import { pageStringsPlugin, stringsForPages, type PageStringsRecord } from './page-strings.ts';
import { indexNames, withIndexMeta } from './pagefind.ts';

/**
 * The after-build steps that rewrite pages, in one pass: every page is read once, changed in memory by
 * each step in turn, and the changed ones written once (as five passes, each reading all 373 pages and
 * writing most of them, they took about 0.7 s of every build). In order:
 * 1. the <style> elements Astro leaves in <body> move into <head> (src/lib/build/styles-in-head.ts);
 * 2. a page links its base styles and one stylesheet of its own (src/lib/build/page-stylesheets.ts), and
 *    the split files no page links any more are removed, so nothing unused is published or cached;
 * 3. a page loads one file of interface strings: those its scripts read, in its language
 *    (integrations/page-strings.ts);
 * 4. a page's island scripts load before its first island, and a module page's directive where its first
 *    screen ends (src/lib/build/first-screen.ts); then inline scripts that repeat across pages become
 *    files (src/lib/build/shared-scripts.ts);
 * 5. a page preloads every file its module scripts import (src/lib/build/module-preloads.ts), from the
 *    bundler's own record of each browser file's static imports, seeing the scripts step 4 made;
 * 6. a page names its search index's metadata among the files search asks for early (integrations/pagefind.ts);
 * 7. a page's Content-Security-Policy keeps only the hashes of its own inline code (src/lib/build/page-csp.ts).
 * Put it after Pagefind, which names that metadata file (none of these steps changes what it indexes:
 * the words in <body>), and before the service worker, which reads the pages as they end up and
 * precaches the files they load.
 */
export function finishPages(): AstroIntegration {
  const importsByAddress = new Map<string, string[]>();
  const strings: PageStringsRecord = { featuresByAddress: new Map(), allImportsByAddress: new Map() };
  let base = '/';
  return {
    name: 'alongside:finish-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'alongside:record-static-imports',
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_options, bundle) {
                  for (const file of Object.values(bundle)) {
                    if (file.type === 'chunk')
                      importsByAddress.set(
                        `${base}${file.fileName}`,
                        file.imports.map((name) => `${base}${name}`),
                      );
                  }
                },
              },
              pageStringsPlugin(strings, () => base),
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const built = await readBuiltPages(root);
        const pages = new Map([...built].map(([name, html]) => [name, moveStylesToHead(html)]));
        const files = new Map<string, string>();

        const sheets = await readStylesheets(root, base, pages);
        const styled = combinePageStylesheets(
          pages,
          (href) => sheets.get(href)!,
          contentNamed('page', 'css'),
          (file) => `${base}${file}`,
        );
        styled.pages.forEach((html, name) => pages.set(name, html));
        styled.files.forEach((css, name) => files.set(name, css));
        const stillLinked = new Set(
          [...pages.values()].flatMap((html) => [...html.matchAll(/href="([^"]+\.css)"/g)].map((match) => match[1])),
        );

        const stringsFiles = await stringsForPages(root, base, pages, strings);
        stringsFiles.forEach((script, name) => files.set(name, script));

        pages.forEach((html, name) => pages.set(name, islandScriptsInPlace(html)));
        const scripted = shareInlineScripts(pages, contentNamed('shared', 'js'), (file) => `${base}${file}`);
        scripted.pages.forEach((html, name) => pages.set(name, html));
        scripted.files.forEach((script, name) => files.set(name, script));

        const indexes = await indexNames(root);
        for (const [name, html] of pages) {
          const preloaded = withModulePreloads(html, (src) => importsByAddress.get(src) ?? []);
          pages.set(name, keepOwnHashes(withIndexMeta(preloaded, indexes), sha256));
        }

        const changed = [...pages].filter(([name, html]) => html !== built.get(name));
        await Promise.all([...files, ...changed].map(([name, content]) => writeFile(join(root, name), content)));
        const unlinked = [...styled.replaced].filter((href) => !stillLinked.has(href));
        await Promise.all(unlinked.map((href) => rm(join(root, siteFile(href, base)))));
      },
    },
  };
}

/** The text of every stylesheet the pages link, by the address they link it at. */
async function readStylesheets(root: string, base: string, pages: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const hrefs = new Set(
    [...pages.values()].flatMap((html) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1]!)),
  );
  return new Map(
    await Promise.all([...hrefs].map(async (href) => [href, await readFile(join(root, siteFile(href, base)), 'utf8')] as const)),
  );
}

/** A stylesheet's path in dist/ from the address a page links it at. */
function siteFile(href: string, base: string): string {
  if (!href.startsWith(base)) throw new Error(`A page links a stylesheet outside the site: ${href}`);
  return href.slice(base.length);
}

/** A script's or style's CSP source expression, as Astro writes them (SHA-256, base64). */
const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
