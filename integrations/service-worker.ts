import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBase } from './built-pages.ts';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { OFFLINE_INDEX, planPrecache, precacheUrl, referencesIn, type PrecachePlan } from '../src/lib/offline/precache-plan.ts';
import { formatSize, type PrecacheSizes } from '../src/lib/offline/whole-course.ts';
import { currentBuildId } from './build-id.ts';

const gzip = promisify(gzipCallback);

/**
 * Writes dist/sw.js at the end of `astro build`: src/service-worker/sw.ts compiled with esbuild (which
 * Astro already depends on), with this build's id, base path, the files to cache in two parts (the
 * essentials on the first visit, the rest of the course when chosen: src/lib/offline/precache-plan.ts)
 * and the compressed size of each part. Put it after the Pagefind integration, so the search index is
 * on the lists.
 */
export function serviceWorker(): AstroIntegration {
  let source = '';
  let base = '/';
  return {
    name: 'alongside:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = fileURLToPath(new URL('src/service-worker/sw.ts', config.root));
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { plan, sizes } = await planFor(root, base);
        const urls = (files: string[]) => files.map((file) => precacheUrl(base, file));
        const precache = { essential: { en: urls(plan.essential.en), es: urls(plan.essential.es) }, course: urls(plan.course) };
        const version = currentBuildId();
        await writeFile(join(root, 'sw.js'), await compileWorker({ source, version, base, precache, sizes }));
        for (const language of ['en', 'es'] as const)
          logger.info(
            `Offline copy for version ${version} (${language}): ${plan.essential[language].length} essential files ` +
              `(${formatSize(sizes.essentialBytes[language])} compressed) cached on the first visit, ` +
              `${formatSize(sizes.courseBytes[language])} more for the whole course`,
          );
      },
    },
  };
}

/** The two parts of the offline copy of the build in `root`, and their gzip sizes. Exported for the bench. */
export async function planFor(root: string, base: string): Promise<{ plan: PrecachePlan; sizes: PrecacheSizes }> {
  const files = (await filesIn(root)).filter((path) => path !== 'sw.js');
  const contents = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(root, file))] as const)));
  const references = (file: string) => (/\.(html|js)$/.test(file) ? referencesIn(file, contents.get(file)!.toString('utf8'), base) : []);
  const plan = planPrecache({ files, references });
  // What a host sending gzip transfers. Pagefind's index files are gzipped already and are sent as they
  // are. Each file is compressed once, though it counts in several of the totals below, and several at
  // a time (Node compresses on its worker threads).
  const everything = [...new Set([...plan.essential.en, ...plan.essential.es, ...plan.course])];
  const alreadyCompressed = (file: string) =>
    (file.startsWith('pagefind/') || file.startsWith(OFFLINE_INDEX)) && !/\.(js|json)$/.test(file);
  const sizeOf = new Map(
    await Promise.all(
      everything.map(async (file) => {
        const content = contents.get(file)!;
        return [file, alreadyCompressed(file) ? content.length : (await gzip(content)).length] as const;
      }),
    ),
  );
  const total = (list: string[]) => list.reduce((sum, file) => sum + sizeOf.get(file)!, 0);
  // What the whole course adds for a person reading one edition: everything not in that edition's essentials.
  const rest = (language: 'en' | 'es') => {
    const essential = new Set(plan.essential[language]);
    return everything.filter((file) => !essential.has(file));
  };
  return {
    plan,
    sizes: {
      essentialBytes: { en: total(plan.essential.en), es: total(plan.essential.es) },
      courseBytes: { en: total(rest('en')), es: total(rest('es')) },
    },
  };
}

export interface WorkerBuild {
  /** src/service-worker/sw.ts */
  source: string;
  version: string;
  /** The base path with a trailing slash: "/" or e.g. "/training/". */
  base: string;
  /** URLs to cache on install, and when the whole course is chosen. */
  precache: { essential: { en: string[]; es: string[] }; course: string[] };
  sizes: PrecacheSizes;
}

/** The worker script for one build. Exported so a browser test can make a second site's worker on one origin. */
export async function compileWorker({ source, version, base, precache, sizes }: WorkerBuild): Promise<Uint8Array> {
  const { outputFiles } = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife', // a classic worker script: no module syntax left over
    target: 'es2022',
    write: false,
    banner: { js: `// Alongside's service worker for build ${version}, compiled from src/service-worker/sw.ts.` },
    define: {
      __VERSION__: JSON.stringify(version),
      __BASE__: JSON.stringify(base),
      __PRECACHE__: JSON.stringify(precache),
      __SIZES__: JSON.stringify(sizes),
    },
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
