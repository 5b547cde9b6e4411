// How build time and the search index grow with the course: builds a synthetic copy of the site with
// every module (and its quizzes and role-plays) repeated under new ids, at 1×, 2× and 4× today's
// content, each in its own temporary folder, and prints the times and sizes side by side.
// `node scripts/scale-test.mjs [--factors 1,2,4] [--keep]`. Nothing in this checkout is touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { toolEnv } from './tool-env.mjs';

const { values } = parseArgs({ options: { factors: { type: 'string', default: '1,2,4' }, keep: { type: 'boolean', default: false } } });
const factors = values.factors.split(',').map(Number);
const root = process.cwd();
// The build's integrations share helpers with the scripts (scripts/lib), so those come too.
const COPIED = ['src', 'public', 'integrations', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A checkout with only what `astro build` reads, sharing this one's node_modules. */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'alongside-scale-'));
  for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Files of a content folder, as paths relative to it. */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

/** Adds copies 2…factor of every module: ids get a "-copy-N" suffix, order numbers move past the originals. */
function multiplyContent(dir, factor) {
  const content = join(dir, 'src', 'content');
  const modules = readdirSync(join(content, 'modules')).filter((name) => name.endsWith('.mdx'));
  const exercises = ['quizzes', 'roleplays'].flatMap((kind) =>
    filesIn(join(content, kind)).map((path) => ({ kind, module: dirname(path), id: basename(path, '.yaml'), path })),
  );
  for (let copy = 2; copy <= factor; copy++) {
    const suffix = `-copy-${copy}`;
    for (const file of modules) {
      const id = file.replace(/\.mdx$/, '').replace(/^\d+-/, '');
      const own = exercises.filter((exercise) => exercise.module === id).sort((a, b) => b.id.length - a.id.length);
      let text = readFileSync(join(content, 'modules', file), 'utf8').replace(
        /^order: (\d+)$/m,
        (_, order) => `order: ${Number(order) + 100 * (copy - 1)}`,
      );
      for (const exercise of own) text = text.replace(new RegExp(`(?<![\\w-])${exercise.id}(?![\\w-])`, 'g'), `${exercise.id}${suffix}`);
      writeFileSync(join(content, 'modules', file.replace(/\.mdx$/, `${suffix}.mdx`)), text);
      for (const exercise of own) {
        const yaml = readFileSync(join(content, exercise.kind, exercise.path), 'utf8').replace(/^module: .*$/m, `module: ${id}${suffix}`);
        mkdirSync(join(content, exercise.kind, `${id}${suffix}`), { recursive: true });
        writeFileSync(join(content, exercise.kind, `${id}${suffix}`, `${exercise.id}${suffix}.yaml`), yaml);
      }
    }
  }
  return modules.length * factor;
}

const bytesUnder = (dir) => filesIn(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`;

const rows = [];
for (const factor of factors) {
  const dir = scratchCopy();
  const modules = multiplyContent(dir, factor);
  const started = performance.now();
  const build = spawnSync('astro', ['build'], { cwd: dir, env: { ...toolEnv, BUILD_ID: 'scale-test' }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
    throw new Error(`The ${factor}× build failed (kept in ${dir}).`);
  }
  const dist = join(dir, 'dist');
  // The English edition's line (integrations/service-worker.ts logs one per edition).
  const offline =
    /Offline copy for version \S+ \(en\): (\d+) essential files \(([^)]+) compressed\)[^,]*, (.+?) more for the whole course/.exec(
      build.stdout,
    );
  rows.push({
    factor: `${factor}×`,
    modules,
    pages: filesIn(dist).filter((path) => path.endsWith('.html')).length,
    build: `${seconds.toFixed(1)} s`,
    'pagefind index': kb(bytesUnder(join(dist, 'pagefind', 'index'))),
    'pagefind fragments': kb(bytesUnder(join(dist, 'pagefind', 'fragment'))),
    'pagefind total': kb(bytesUnder(join(dist, 'pagefind'))),
    'offline index': kb(bytesUnder(join(dist, 'pagefind-offline'))),
    'first visit (gz)': offline?.[2] ?? '?',
    'whole course adds (gz)': offline?.[3] ?? '?',
  });
  if (values.keep) console.log(`${factor}×: kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
