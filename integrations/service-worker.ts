import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentBuildId } from './build-id.ts';

/**
 * Writes dist/sw.js at the end of `astro build`: src/service-worker/sw.ts compiled with esbuild (which
 * Astro already depends on), with this build's id, base path and the list of every file to precache.
 * Put it after the Pagefind integration, so the search index is on the list.
 */
export function serviceWorker(): AstroIntegration {
  let source = '';
  let base = '/';
  return {
    name: 'alongside:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = fileURLToPath(new URL('src/service-worker/sw.ts', config.root));
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const precache = (await filesIn(root))
          .filter((path) => path !== 'sw.js')
          .map((path) => `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`)
          .sort();
        const version = currentBuildId();
        await writeFile(join(root, 'sw.js'), await compileWorker({ source, version, base, precache }));
        logger.info(`${precache.length} files precached as version ${version}`);
      },
    },
  };
}

export interface WorkerBuild {
  /** src/service-worker/sw.ts */
  source: string;
  version: string;
  /** The base path with a trailing slash: "/" or e.g. "/training/". */
  base: string;
  precache: string[];
}

/** The worker script for one build. Exported so a browser test can make a second site's worker on one origin. */
export async function compileWorker({ source, version, base, precache }: WorkerBuild): Promise<Uint8Array> {
  const { outputFiles } = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife', // a classic worker script: no module syntax left over
    target: 'es2022',
    write: false,
    banner: { js: `// Alongside's service worker for build ${version}, compiled from src/service-worker/sw.ts.` },
    define: { __VERSION__: JSON.stringify(version), __BASE__: JSON.stringify(base), __PRECACHE__: JSON.stringify(precache) },
  });
  const [worker] = outputFiles;
  if (!worker) throw new Error('esbuild produced no service worker.');
  return worker.contents;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
async function filesIn(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
