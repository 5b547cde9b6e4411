import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ESSENTIAL_PAGES, isUnusedFile, OFFLINE_INDEX } from '../src/lib/offline/precache-plan.ts';
import { KEPT_PAGES_MARK } from '../src/lib/search/kept-pages.ts';

/**
 * Indexes the built pages for search with Pagefind's Node API, at the end of `astro build`, and
 * writes the index and its runtime to dist/pagefind/ (what `pagefind --site dist` did). Pages mark
 * what to index with data-pagefind-body and data-pagefind-ignore. Pagefind's ready-made search interfaces,
 * which the site never loads (it has its own search box), are removed: about 150 KB compressed that no
 * host needs to serve and no offline copy should hold. A second index of the essential pages only goes
 * to OFFLINE_INDEX (its data only): it is what a first visit keeps for searching offline. Its entry file
 * carries KEPT_PAGES_MARK, so the search box can tell which of the two it searched.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alongside:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const pages = await writeIndex(dir, 'pagefind/');
          await checkReadyOften(new URL('pagefind/pagefind.js', dir));
          const essential = Object.values(ESSENTIAL_PAGES).flat();
          const offline = await writeIndex(dir, OFFLINE_INDEX, `{${essential.map((page) => `${page}index.html`).join(',')}}`);
          await markKeptPagesIndex(new URL(`${OFFLINE_INDEX}pagefind-entry.json`, dir));
          logger.info(`Indexed ${pages} pages (${offline} for offline) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Indexes the built pages (all, or those matching `glob`) into `folder` of the build, without the files the site never loads. */
async function writeIndex(dir: URL, folder: string, glob?: string): Promise<number> {
  const { index } = orFail(await pagefind.createIndex());
  if (!index) throw new Error('Pagefind could not create an index.');
  const { page_count } = orFail(await index.addDirectory({ path: fileURLToPath(dir), ...(glob ? { glob } : {}) }));
  const output = fileURLToPath(new URL(folder, dir));
  orFail(await index.writeFiles({ outputPath: output }));
  const files = (await readdir(output, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const written = files.map((entry) => relative(output, join(entry.parentPath, entry.name)).split(sep).join('/'));
  await Promise.all(written.filter((name) => isUnusedFile(`${folder}${name}`)).map((name) => rm(join(output, name))));
  return page_count;
}

/**
 * Pagefind's script checks every 50 ms whether its wasm has started (`getPtr`), and every search and
 * preload waits on that check. The first search on a fresh page is typed or pasted while the wasm
 * starts, so it waited up to 50 ms (25 on average) after the wasm was ready. It now checks every 5 ms
 * (browsers hold repeated timers to 4 ms at least): about 30 checks while the wasm starts, then none.
 * First results after the first key, timed in the page as the bench does, on this machine's server,
 * medians of 21: 395 -> 354 ms. Pagefind offers no promise to wait on instead (with `noWorker` its
 * start is awaited nowhere). A Pagefind whose script no longer has this check fails the build, so an
 * upgrade gets looked at again.
 */
const READY_CHECK = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';
const READY_CHECK_OFTEN = READY_CHECK.replace('asyncSleep(50)', 'asyncSleep(5)');

async function checkReadyOften(script: URL): Promise<void> {
  const code = await readFile(script, 'utf8');
  if (code.split(READY_CHECK).length !== 2) {
    throw new Error(`${fileURLToPath(script)}: Pagefind's wait for its wasm (${READY_CHECK}) is not there once; see checkReadyOften.`);
  }
  await writeFile(script, code.replace(READY_CHECK, READY_CHECK_OFTEN));
}

/** Each language's index name in the whole site's entry file: Pagefind names its metadata file after it. */
export async function indexNames(root: string): Promise<Record<string, string>> {
  const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { hash }]) => [language, hash]));
}

/**
 * Pagefind asks for its index's metadata only once its script has run and read the entry file, which
 * names it: on a phone's connection one more round trip before the first search. So a page's list of
 * Pagefind's files to ask for early (SiteSearch.astro) gets it, for the page's language, just before
 * the entry file (the page unchanged without that list). Its name is known only once the index is
 * written, so the pages are finished after it (integrations/finish-pages.ts).
 */
export function withIndexMeta(html: string, names: Record<string, string>): string {
  const name = names[/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? ''];
  if (!name) return html;
  return html.replace(
    /<link rel="preload" as="fetch" crossorigin data-index href="([^"]*)pagefind-entry\.json\?ts=[^"]*">/,
    (entry, folder: string) => `<link rel="preload" as="fetch" crossorigin data-index href="${folder}pagefind.${name}.pf_meta">${entry}`,
  );
}

/** Adds KEPT_PAGES_MARK to an index's entry file (Pagefind reads the fields it knows and ignores the rest). */
async function markKeptPagesIndex(entryFile: URL): Promise<void> {
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as Record<string, unknown>;
  await writeFile(entryFile, JSON.stringify({ ...entry, [KEPT_PAGES_MARK]: true }));
}

/** Pagefind reports problems in the response rather than throwing; a build with any must fail. */
function orFail<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed:\n${response.errors.join('\n')}`);
  return response;
}
