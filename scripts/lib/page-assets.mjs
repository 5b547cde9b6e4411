// What a built page loads: its scripts (following imports between our own chunks, and the
// component and renderer URLs of Astro islands) and its stylesheets. Shared by the bench and tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** React 19's production build carries links to its error decoder; nothing else we ship does. */
export const REACT_SIGNATURE = 'react.dev/errors';

function toFile(dist, base, pageFile, src) {
  if (/^https?:/.test(src)) return undefined;
  return src.startsWith(base) ? join(dist, src.slice(base.length)) : resolve(dist, dirname(pageFile), src);
}

/**
 * Every script file the page loads, as paths in dist/, with what its scripts load by themselves after
 * its first paint (importedAfterFirstPaint).
 * @param {string} dist the built site's folder
 * @param {string} base the base path the site was built for, e.g. "/" or "/training/"
 * @param {string} pageFile the page's path inside dist/
 * @param {string} html the page's HTML
 * @returns {string[]}
 */
export function scriptsOf(dist, base, pageFile, html) {
  const scripts = withImports(
    [
      ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]),
      ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((match) => match[1]),
      ...[...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) =>
        [...match[1].matchAll(/from\s*"([^"]+\.js)"|import\("([^"]+\.js)"\)/g)].map((imported) => imported[1] ?? imported[2]),
      ),
    ]
      .map((src) => toFile(dist, base, pageFile, src))
      .filter(Boolean),
  );
  const afterPaint = importedAfterFirstPaint(scripts, html).filter((file) => !scripts.includes(file));
  return afterPaint.length === 0 ? scripts : withImports([...scripts, ...afterPaint]);
}

/**
 * The files, with every script they import statically (and dynamic imports written with quotes);
 * paths in dist/.
 * @param {string[]} files
 * @returns {string[]}
 */
export function withImports(files) {
  const found = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop();
    if (found.has(file)) continue;
    const script = scriptFile(file);
    if (!script) continue;
    found.add(file);
    script.imports ??= [...script.code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) =>
      resolve(dirname(file), match[1]),
    );
    queue.push(...script.imports);
  }
  return [...found];
}

/**
 * The build, the bench and the tests ask what each of hundreds of pages loads, and the pages share
 * most of their scripts (React DOM among them), so each script is read and scanned for imports once
 * per version of the file (its time and size: the tests and the bench read a build that may be made
 * again while they run). Reading and scanning them page by page took most of a second of each build.
 * @type {Map<string, { version: string, code: string, imports?: string[], onDemand?: string[] }>}
 */
const scripts = new Map();

/** A script's text and what is known of it, or undefined if there is no such file. */
function scriptFile(file) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  const version = `${stat.mtimeMs}:${stat.size}`;
  const kept = scripts.get(file);
  if (kept?.version === version) return kept;
  const script = { version, code: readFileSync(file, 'utf8') };
  scripts.set(file, script);
  return script;
}

/**
 * Scripts loaded on demand by the given files: dynamic import()s of a fixed address, which the bundler
 * writes as a template without placeholders (search on first use, the progress store where there is
 * progress to read). Not followed by scriptsOf; a caller picks the ones it means and passes them to
 * withImports.
 * @param {string[]} files
 * @returns {string[]}
 */
export function importedOnDemand(files) {
  return files.flatMap((file) => {
    const script = scriptFile(file);
    if (!script) throw new Error(`${file}: no such script`);
    return (script.onDemand ??= [...script.code.matchAll(/import\(\s*`(\.{1,2}\/[^`$]+\.js)`\s*\)/g)].map((match) =>
      resolve(dirname(file), match[1]),
    ));
  });
}

/**
 * Scripts a page loads by itself after its first paint: for each element marked `data-after-paint="name"`,
 * the layout's script (src/components/layout/page-scripts.client.ts) loads that part's `name.client.ts`
 * with import() once the page has painted. Throws if no script of the page loads it, so a renamed part
 * cannot drop out of the byte budgets unnoticed.
 * @param {string[]} files the page's scripts
 * @param {string} html the page's HTML
 * @returns {string[]}
 */
export function importedAfterFirstPaint(files, html) {
  const names = afterPaintParts(html);
  if (names.length === 0) return [];
  const imported = importedOnDemand(files);
  return names.map((name) => {
    const file = imported.find((path) => partOf(path) === name);
    if (!file) throw new Error(`data-after-paint="${name}": none of the page's scripts loads ${name}.client.ts`);
    return file;
  });
}

/**
 * The names of the parts a page's HTML marks to load after its first paint (`data-after-paint`).
 * @param {string} html
 * @returns {string[]}
 */
export function afterPaintParts(html) {
  return [...new Set([...html.matchAll(/\bdata-after-paint="([^"]+)"/g)].map((match) => match[1]))];
}

/**
 * The part a built file is the code of (`offline.client.<hash>.js` is "offline"), if it is one.
 * @param {string} path
 * @returns {string | undefined}
 */
export function partOf(path) {
  const name = basename(path);
  return name.includes('.client.') ? name.slice(0, name.indexOf('.client.')) : undefined;
}

/**
 * The script files a page loads before anyone interacts with it: as scriptsOf, leaving out the islands'
 * component and renderer code, which an island loads when it hydrates (for `client:touch` exercises,
 * at the first touch). Code loaded by a dynamic import() with a computed or template address (search,
 * on first use) is not followed, here or in scriptsOf, unless the page loads it by itself after its
 * first paint (importedAfterFirstPaint).
 */
export function scriptsBeforeInteraction(dist, base, pageFile, html) {
  return scriptsOf(dist, base, pageFile, html.replace(/(?:component-url|renderer-url)="[^"]+"/g, ''));
}

export function stylesheetsOf(dist, base, pageFile, html) {
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((match) => toFile(dist, base, pageFile, match[1]))
    .filter((file) => file && existsSync(file));
}

/** Bytes of inline <script> and <style> in the page itself. */
export function inlineCode(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .join('');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  return { scripts, styles };
}
