/**
 * Where the built pages load their island scripts (src/lib/build/first-screen.ts): Astro's runtime and
 * every client directive before the first island, so no exercise shows before a press on it can be
 * caught; on a module page, the directive before the body, so a first visit paints the first screen first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, fileForUrlPath, isModulePage, pages } from './built-site';
import { islandScriptKind } from '../../src/lib/build/first-screen';

/** What each classic script file a page loads is, by its address: the island runtime, a directive, or neither. */
const kinds = new Map<string, ReturnType<typeof islandScriptKind>>();
function kindOf(src: string): ReturnType<typeof islandScriptKind> {
  if (!kinds.has(src)) {
    const file = fileForUrlPath(src);
    if (!file) throw new Error(`A page loads a script that is not in dist/: ${src}`);
    kinds.set(src, islandScriptKind(readFileSync(join(dist, file), 'utf8')));
  }
  return kinds.get(src);
}

/** The classic script files a page loads, each with what it is and where it sits in the page. */
const islandScriptsOf = (html: string) =>
  [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((match) => ({ kind: kindOf(match[1]!), at: match.index }));

const islandPages = pages.filter((page) => page.html.includes('<astro-island'));
const modulePages = islandPages.filter((page) => isModulePage(page.file));

describe('island scripts in the built pages', () => {
  it('finds the pages with islands, the module pages among them in both editions', () => {
    expect(modulePages.some((page) => page.file.startsWith('es/'))).toBe(true);
    expect(islandPages.length).toBeGreaterThan(modulePages.length);
  });

  it('every page loads the island runtime and its directives before its first island', () => {
    const problems = islandPages.flatMap((page) => {
      const firstIsland = page.html.indexOf('<astro-island');
      const scripts = islandScriptsOf(page.html);
      const runtime = scripts.filter((script) => script.kind === 'runtime');
      const directives = scripts.filter((script) => script.kind === 'directive');
      return [
        ...(runtime.length === 1 ? [] : [`${page.file}: the island runtime is loaded ${runtime.length} times`]),
        ...(directives.length > 0 ? [] : [`${page.file}: no directive script`]),
        ...[...runtime, ...directives].filter((script) => script.at > firstIsland).map((script) => `${page.file}: a ${script.kind} script after the first island`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('no page keeps the first-screen mark', () => {
    expect(pages.filter((page) => page.html.includes('data-first-screen-end')).map((page) => page.file)).toEqual([]);
  });

  it('a module page loads its directive after its header and before its body', () => {
    const problems = modulePages.flatMap((page) => {
      const header = page.html.indexOf('</header>', page.html.indexOf('class="module-header'));
      const body = page.html.indexOf('<div class="module-body');
      const directive = islandScriptsOf(page.html).find((script) => script.kind === 'directive');
      return directive && header < directive.at && directive.at < body ? [] : [`${page.file}: directive at ${directive?.at}, header ends ${header}, body ${body}`];
    });
    expect(problems).toEqual([]);
  });
});
