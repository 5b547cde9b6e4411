/** Reads the built site in dist/ for the checks in this folder. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { languageOfPath, type Language } from '../../src/lib/i18n/language';

export const dist = join(import.meta.dirname, '..', '..', 'dist');
/** The base path the site was built for, e.g. "/" or "/training/". */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` first (npm test does).');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const allFiles = walk(dist);

/** Every HTML page except Pagefind's own files. */
export const pages = allFiles
  .filter((file) => file.endsWith('.html') && !relative(dist, file).startsWith('pagefind'))
  .map((file) => ({ file: relative(dist, file), html: readFileSync(file, 'utf8') }))
  .map((page) => ({ ...page, dom: parse(page.html) }));

/** Whether a file in dist/ is a module's page: in either edition, or only in `language`'s. */
export function isModulePage(file: string, language?: Language): boolean {
  return /^(?:es\/)?modules\/[^/]+\/index\.html$/.test(file) && (language === undefined || languageOfPath(file) === language);
}

/** The URL path a file in dist/ is served at. */
export function urlPathOf(file: string): string {
  const path = file.replace(/index\.html$/, '').replace(/\.html$/, '/');
  return `${base}${path}`;
}

/** dist/ file for a URL path under the base, or undefined if nothing is served there. */
export function fileForUrlPath(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relativePath = decodeURIComponent(pathname.slice(base.length));
  const candidates = [relativePath, join(relativePath, 'index.html')];
  return candidates.find((candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile());
}
