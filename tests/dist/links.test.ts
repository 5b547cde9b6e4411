import { describe, expect, it } from 'vitest';
import { base, dist, fileForUrlPath, pages, urlPathOf } from './built-site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const dom = parse(readFileSync(join(dist, file), 'utf8'));
    idsCache.set(file, new Set(dom.querySelectorAll('[id]').map((element) => element.id)));
  }
  return idsCache.get(file)!;
}

/**
 * Every attribute that holds an address the page or its scripts use: links and assets, a form's target,
 * an island's code, and the data files scripts fetch. Read for every page here, so the browser visits
 * under a sub-path need only one page per set of scripts (tests/e2e/site-pages.ts).
 */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'component-url', 'renderer-url', 'data-exercises', 'data-guide', 'data-course-source'];

/** The addresses an element holds: its address attributes, and an island's data file (its `source` prop). */
function addressesOf(element: HTMLElement): string[] {
  const addresses = ADDRESS_ATTRIBUTES.flatMap((name) => element.getAttribute(name) ?? []);
  // Astro serializes an island's props as [type, value] pairs; the parser hands the attribute back decoded.
  const props = element.getAttribute('props');
  const source = props ? (JSON.parse(props) as { source?: [number, string] }).source?.[1] : undefined;
  return source ? [...addresses, source] : addresses;
}

describe('internal links, assets and the addresses scripts use resolve', () => {
  for (const page of pages) {
    it(page.file, () => {
      const here = new URL(urlPathOf(page.file), 'http://site.test');
      const broken: string[] = [];
      // Search and the offline copy build their addresses on the page's base.
      for (const element of page.dom.querySelectorAll('[data-base]')) {
        if (element.getAttribute('data-base') !== base) broken.push(`data-base="${element.getAttribute('data-base')}" (the base is ${base})`);
      }
      const selector = ADDRESS_ATTRIBUTES.map((name) => `[${name}]`).join(', ');
      for (const reference of page.dom.querySelectorAll(`${selector}, astro-island[props]`).flatMap(addressesOf)) {
        if (/^(tel|sms|mailto|data|javascript):/.test(reference)) continue;
        const url = new URL(reference, here);
        if (url.origin !== here.origin) continue; // other sites open only when a person follows the link
        const target = url.pathname === here.pathname ? page.file : fileForUrlPath(url.pathname);
        if (!target) {
          broken.push(`${reference} (nothing at ${url.pathname})`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
          broken.push(`${reference} (no id="${fragment}" on ${url.pathname})`);
        }
      }
      expect(broken, `${page.file} links to:\n${broken.join('\n')}`).toEqual([]);
    });
  }
});
