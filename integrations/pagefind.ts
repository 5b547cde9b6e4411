import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isUnusedFile } from '../src/lib/offline/precache-plan.ts';

/**
 * Indexes the built pages for search with Pagefind's Node API, at the end of `astro build`, and
 * writes the index and its runtime to dist/pagefind/ (what `pagefind --site dist` did). Pages mark
 * what to index with data-pagefind-body and data-pagefind-ignore. Pagefind's ready-made search interfaces,
 * which the site never loads (it has its own search box), are removed: about 150 KB compressed that no
 * host needs to serve and no offline copy should hold.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alongside:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = orFail(await pagefind.createIndex());
          if (!index) throw new Error('Pagefind could not create an index.');
          const { page_count } = orFail(await index.addDirectory({ path: fileURLToPath(dir) }));
          const output = fileURLToPath(new URL('pagefind/', dir));
          orFail(await index.writeFiles({ outputPath: output }));
          const unused = (await readdir(output)).filter((name) => isUnusedFile(`pagefind/${name}`));
          await Promise.all(unused.map((name) => rm(`${output}${name}`)));
          logger.info(`Indexed ${page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Pagefind reports problems in the response rather than throwing; a build with any must fail. */
function orFail<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed:\n${response.errors.join('\n')}`);
  return response;
}
