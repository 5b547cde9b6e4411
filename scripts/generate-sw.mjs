// Writes dist/sw.js: the service worker from scripts/sw-template.js, with this build's id and the
// list of every file to precache (pages as their folder URLs, assets, the Pagefind index).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(process.cwd(), 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const version = process.env.PUBLIC_BUILD_ID;
if (!version) throw new Error('generate-sw: PUBLIC_BUILD_ID is not set (scripts/build.mjs sets it).');

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const urls = walk(dist)
  .map((file) => relative(dist, file).split('\\').join('/'))
  .filter((path) => path !== 'sw.js')
  .map((path) => `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

const worker = readFileSync(join(process.cwd(), 'scripts', 'sw-template.js'), 'utf8')
  .replace('__VERSION__', version)
  .replace('__BASE__', base)
  .replace('__PRECACHE__', JSON.stringify(urls));
writeFileSync(join(dist, 'sw.js'), worker);
console.log(`Service worker: ${urls.length} files precached as version ${version}`);
