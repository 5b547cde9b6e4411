/** The URL paths of every built page (relative to the base), read from dist/ so new pages are swept automatically. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { scriptsOf } from '../../scripts/lib/page-assets.mjs';
import { base } from './helpers';
import { join, relative } from 'node:path';
import { axeSweptInBrowser, visitedInBrowser } from '../page-families';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// Pages of one template with different data are visited through stand-ins, and most Spanish pages are
// swept by axe through their English twins: tests/page-families.ts says which, and why that is sound.
export const sitePaths: string[] = walk(dist)
  .map((file) => relative(dist, file))
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => file.replace(/index\.html$/, ''))
  .filter(visitedInBrowser)
  .sort();

/** The pages whose visit runs axe, in light and dark mode. */
export const axeSweepPaths: string[] = sitePaths.filter(axeSweptInBrowser);

/**
 * Under a sub-path only the checks that depend on the path run again (playwright.config.ts). The built-site
 * checks resolve every address every sub-path page holds: links, assets, forms, islands' code and the data
 * files scripts fetch (tests/dist/links.test.ts). What a browser adds is the addresses scripts make as
 * they run (search, the offline copy, islands waking), and those are the same on every page that loads
 * the same scripts. So one page per set of scripts is visited (scriptsOf, as the byte budgets read them),
 * and the visit grows with the site's kinds of page, not with the course: the first of each set among
 * these: two module pages (the crisis module, which has every component but one, and Ethics in practice,
 * the only one with the dilemma bank; one is enough while they load the same scripts), and a few Spanish
 * pages, which show the base and the language are combined right.
 */
const spanishSubPathSweep = new Set(['es/', 'es/help/', 'es/resources/', 'es/modules/crisis-referral/', 'es/room/']);
const MODULE_PAGE = /^modules\/[^/]+\/$/;
const subPathModuleStandIns = new Set(['modules/crisis-referral/', 'modules/ethics-in-practice/']);
const subPathCandidates = sitePaths.filter(
  (path) => (!path.startsWith('es/') || spanishSubPathSweep.has(path)) && (!MODULE_PAGE.test(path) || subPathModuleStandIns.has(path)),
);

/** A page's scripts (scriptsOf, as the byte budgets read them) and Content-Security-Policy: together they decide what its scripts do. */
export const scriptsAndPolicyOf = (path: string) => {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  const html = readFileSync(join(dist, file), 'utf8');
  const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return [...scriptsOf(dist, base, file, html).sort(), policy].join(' ');
};

/** The first of these pages for each value of `kindOf`. */
export function onePerKind(paths: string[], kindOf: (path: string) => string): string[] {
  const first = new Map<string, string>();
  for (const path of paths) {
    const kind = kindOf(path);
    if (!first.has(kind)) first.set(kind, path);
  }
  return [...first.values()].sort();
}

export const subPathSitePaths: string[] = onePerKind(subPathCandidates, scriptsAndPolicyOf);
