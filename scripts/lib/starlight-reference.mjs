// The bench's reference site: a stock Starlight site (bench/starlight/, its own package.json and
// lock) with the same words as Alongside. Installed on demand into bench/starlight/node_modules, so
// the product's dependencies never change; its pages are generated here from our MDX modules and
// built pages, then built with Starlight's own Astro. Every step that can fail says why instead of
// throwing, so the bench still reports Alongside's own figures without it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontmatter, mainToMarkdown, moduleToMarkdown } from './starlight-content.mjs';
import { toolEnv } from '../tool-env.mjs';
import { median } from './lighthouse.mjs';

export const STARLIGHT_DIR = join(process.cwd(), 'bench', 'starlight');
const modulesDir = join(process.cwd(), 'src', 'content', 'modules');
const resourcesDir = join(process.cwd(), 'src', 'content', 'resources');

/** The first few error lines of a command's output (npm prints its usage after the error), else its last lines. */
function why(result) {
  const lines = `${result.error?.message ?? ''}\n${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((line) => line.replace(/^npm error\s*/, '').trim())
    .filter(Boolean);
  const errors = lines.filter((line) => /error|fail|cannot|not found|ENOTFOUND|ECONNREFUSED|ETIMEDOUT/i.test(line));
  return (errors.length ? errors.slice(0, 3) : lines.slice(-3)).join(' ').slice(0, 400);
}

/** Installs bench/starlight's own dependencies if they are not there; returns why not, if it failed. */
function install() {
  if (existsSync(join(STARLIGHT_DIR, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return undefined;
  console.log('Installing the Starlight reference (bench/starlight, once)…');
  // `npm install` follows the committed lock; `--no-save` leaves it untouched. (`npm ci` refuses this
  // lock on some machines over optional packages for other platforms.)
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund'], {
    cwd: STARLIGHT_DIR,
    env: toolEnv,
    encoding: 'utf8',
  });
  return result.status === 0 ? undefined : `\`npm install\` in bench/starlight failed: ${why(result)}`;
}

/**
 * Where a page at `path` (e.g. "planner/", "" for home) goes: "planner.md", or "resources/index.md"
 * where other pages live under it, so Starlight's sidebar groups folders as a stock site would.
 */
const docFile = (docs, path, paths) =>
  join(
    docs,
    path === '' || paths.some((other) => other !== path && other.startsWith(path)) ? `${path}index.md` : `${path.slice(0, -1)}.md`,
  );

/**
 * Writes the reference's pages: every page Alongside's search indexes (so both search indexes hold
 * the same words), plus `extraPaths` (page types the bench measures that search leaves out, kept out
 * of Starlight's index too with `pagefind: false`).
 */
function generate(alongsideDist, extraPaths) {
  const docs = join(STARLIGHT_DIR, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  const resources = new Map(
    readdirSync(resourcesDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(resourcesDir, name), 'utf8'))]),
  );
  const moduleFiles = new Map(readdirSync(modulesDir).map((name) => [name.replace(/^\d+-|\.mdx$/g, ''), join(modulesDir, name)]));
  const indexed = (path) => readFileSync(join(alongsideDist, path, 'index.html'), 'utf8').includes('data-pagefind-body');
  const walk = (dir) =>
    readdirSync(join(alongsideDist, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)
        ? walk(`${dir}${entry.name}/`)
        : entry.name === 'index.html'
          ? [dir]
          : [],
    );
  const paths = [...new Set([...walk('').filter(indexed), ...extraPaths])];
  for (const path of paths) {
    const moduleId = path.match(/^modules\/([^/]+)\/$/)?.[1];
    const searchable = indexed(path);
    let text;
    if (moduleId && moduleFiles.has(moduleId)) {
      const module = moduleToMarkdown(readFileSync(moduleFiles.get(moduleId), 'utf8'), resources);
      text = module.markdown.replace(
        /^---\n/,
        `---\nsidebar: ${JSON.stringify({ order: module.order })}\n${searchable ? '' : 'pagefind: false\n'}`,
      );
    } else {
      const page = mainToMarkdown(readFileSync(join(alongsideDist, path, 'index.html'), 'utf8'));
      text = frontmatter({ title: page.title, pagefind: searchable ? undefined : false }) + `${page.markdown}\n`;
    }
    const file = docFile(docs, path, paths);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return paths.length;
}

/**
 * Installs, generates and builds the reference.
 * @param {string} alongsideDist Alongside's built site (its pages are the source of the non-module words)
 * @param {string[]} extraPaths page paths to include even if Alongside's search leaves them out
 * @param {{ outDir?: string, builds?: number }} [options] the folder in bench/starlight/ to build into
 *   (default dist), and how many times to build it (each from a clean state; the median time is given)
 * @returns {{ dist: string, pages: number, buildSeconds: number } | { missing: string }}
 */
export function buildStarlightReference(alongsideDist, extraPaths, { outDir = 'dist', builds = 1 } = {}) {
  const failedInstall = install();
  if (failedInstall) return { missing: failedInstall };
  let pages;
  try {
    pages = generate(alongsideDist, extraPaths);
  } catch (error) {
    return { missing: `generating its pages failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const seconds = [];
  for (let run = 0; run < builds; run++) {
    // A clean build each time, as the bench builds Alongside: Astro's content cache would keep pages from
    // the last generation, and neither site's build is timed with a cache the other lacks.
    for (const stale of [outDir, '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')])
      rmSync(join(STARLIGHT_DIR, stale), { recursive: true, force: true });
    const started = performance.now();
    // Starlight's own Astro, on the Node that runs our scripts (Astro 7 needs Node 22.12 or newer).
    const astro = join(STARLIGHT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const result = spawnSync('node', [astro, 'build', '--outDir', outDir], {
      cwd: STARLIGHT_DIR,
      env: { ...toolEnv, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) return { missing: `its build failed: ${why(result)}` };
    seconds.push((performance.now() - started) / 1000);
  }
  return { dist: join(STARLIGHT_DIR, outDir), pages, buildSeconds: median(seconds) };
}
