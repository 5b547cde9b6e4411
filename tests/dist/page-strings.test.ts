/**
 * Each page loads its interface strings in its own language only (issue #18; integrations/page-strings.ts):
 * one strings file, linked where it runs before anything that reads it, and no other script carrying a
 * table of either language.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { allFiles, base, dist, pages } from './built-site';
import { afterPaintParts, partOf, scriptsOf } from '../../scripts/lib/page-assets.mjs';
import { ON_DEMAND, readFeatures } from '../../integrations/page-strings';
import { PAGE_STRINGS_GLOBAL } from '../../src/lib/i18n/page-strings';
import * as es from '../../src/lib/i18n/es';

const READ = new RegExp(`\\b${PAGE_STRINGS_GLOBAL}\\.(\\w+)`, 'g');
const browserScripts = allFiles.filter((file) => /[\\/]_astro[\\/].+\.js$/.test(file));
const isStringsFile = (file: string) => /^strings-(en|es)\./.test(basename(file));

/** The tables a strings file sets, by feature. */
function tablesIn(file: string): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  context.globalThis = context;
  runInNewContext(readFileSync(file, 'utf8'), context);
  return context[PAGE_STRINGS_GLOBAL] as Record<string, unknown>;
}

/** Plain strings of a table (no markup, quotes or accents, so a script spells them the same), 16 characters or more. */
function plainStrings(table: unknown): string[] {
  if (typeof table === 'string') return /^[A-Za-z ,.]{16,}$/.test(table) ? [table] : [];
  if (table && typeof table === 'object') return Object.values(table).flatMap(plainStrings);
  return [];
}

const features = [...readFeatures().entries()];
const namesOf = (keep: (feature: string) => boolean) => features.filter(([feature]) => keep(feature)).map(([, { name }]) => name);
/** Each feature's two tables, read from its files (the `common` strings are spread into en.ts, not a table of it). */
const tables = new Map(
  await Promise.all(
    features.map(async ([, { name, file, namespace, exported }]) => {
      const read = async (language: string) => {
        const module = (await import(`../../src/lib/i18n/${language}/${file}.ts`)) as Record<string, unknown>;
        return namespace ? { ...module } : module[exported];
      };
      return [name, [await read('en'), await read('es')]] as const;
    }),
  ),
);
const tablesOf = (name: string) => tables.get(name)!;
const transformed = namesOf((feature) => !ON_DEMAND.has(feature));
/** Words that a feature loaded on demand also says, in its own code: not evidence either way. */
const alsoOnDemand = new Set(namesOf((feature) => ON_DEMAND.has(feature)).flatMap((name) => tablesOf(name).flatMap(plainStrings)));

describe('each page’s strings', () => {
  const linked = pages.flatMap((page) => {
    const srcs = [...page.html.matchAll(/<script src="([^"]+)"[^>]*data-page-strings/g)].map((match) => match[1]!);
    return srcs.map((src) => ({ page, src }));
  });

  it('come as one file per page, in the page’s language, where most pages link one', () => {
    expect(linked.length).toBeGreaterThan(pages.length * 0.9);
    for (const page of pages) {
      const srcs = linked.filter((link) => link.page === page).map((link) => link.src);
      expect(srcs.length, `${page.file}: strings files`).toBeLessThanOrEqual(1);
      const language = /<html[^>]*lang="(\w+)"/.exec(page.html)![1];
      for (const src of srcs) expect(basename(src), page.file).toMatch(new RegExp(`^strings-${language}\\.`));
    }
  });

  it('are deferred in <head>, before the page’s module scripts, holding up neither parsing nor the first paint', () => {
    for (const { page, src } of linked) {
      const tag = new RegExp(`<script src="${src}" defer data-page-strings></script>`).exec(page.html);
      expect(tag, `${page.file}: a deferred classic script`).not.toBeNull();
      expect(tag!.index, `${page.file}: in <head>`).toBeLessThan(page.html.indexOf('</head>'));
      const firstModule = page.html.indexOf('<script type="module"');
      if (firstModule >= 0) expect(tag!.index, `${page.file}: before its first module script`).toBeLessThan(firstModule);
    }
  });

  it('hold the page’s language: a Spanish module page’s quiz and course words are the Spanish tables', () => {
    const page = pages.find((candidate) => candidate.file === 'es/modules/active-listening/index.html')!;
    const src = /<script src="([^"]+)"[^>]*data-page-strings/.exec(page.html)![1]!;
    const pageTables = tablesIn(join(dist, src.slice(base.length)));
    expect(JSON.stringify(pageTables.quiz)).toBe(JSON.stringify(es.quiz));
    expect(JSON.stringify(pageTables.course)).toBe(JSON.stringify(es.course));
    expect(Object.keys(pageTables)).not.toContain('search'); // loaded with search's own code, when someone searches
  });

  it('hold every feature the page’s code reads, at once or on demand', () => {
    const allParts = new Set(pages.flatMap((page) => afterPaintParts(page.html)));
    for (const page of pages) {
      // Every file the page loads, and every file their code names (imports at once, on demand, or
      // preloaded), but other pages' parts.
      const own = new Set(afterPaintParts(page.html));
      const files = new Set<string>();
      const queue: string[] = scriptsOf(dist, base, page.file, page.html);
      while (queue.length) {
        const file = queue.pop()!;
        const part = partOf(file);
        if (files.has(file) || (part && allParts.has(part) && !own.has(part))) continue;
        files.add(file);
        const code = readFileSync(file, 'utf8');
        for (const match of code.matchAll(/["'`](\.{1,2}\/[^"'`$]+\.js)["'`]/g)) queue.push(resolve(dirname(file), match[1]!));
      }
      const read = new Set([...files].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(READ)].map((match) => match[1]!)));
      const src = /<script src="([^"]+)"[^>]*data-page-strings/.exec(page.html)?.[1];
      const held = src ? Object.keys(tablesIn(join(dist, src.slice(base.length)))) : [];
      for (const feature of read) expect(held, `${page.file} reads ${feature}`).toContain(feature);
    }
  });

  it('are in no other browser script, in either language', () => {
    const scripts = browserScripts.filter((file) => !isStringsFile(file)).map((file) => ({ file, code: readFileSync(file, 'utf8') }));
    for (const name of transformed) {
      for (const text of tablesOf(name).flatMap(plainStrings).filter((text) => !alsoOnDemand.has(text))) {
        const carrier = scripts.find((script) => script.code.includes(text));
        expect(carrier?.file, `"${text}" (${name})`).toBeUndefined();
      }
    }
  });
});
