import { describe, expect, it } from 'vitest';
import { fileForUrlPath, pages, urlPathOf } from './built-site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { dist } from './built-site';

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const dom = parse(readFileSync(join(dist, file), 'utf8'));
    idsCache.set(file, new Set(dom.querySelectorAll('[id]').map((element) => element.id)));
  }
  return idsCache.get(file)!;
}

describe('internal links and assets resolve', () => {
  for (const page of pages) {
    it(page.file, () => {
      const here = new URL(urlPathOf(page.file), 'http://site.test');
      const broken: string[] = [];
      for (const element of page.dom.querySelectorAll('[href], [src]')) {
        const reference = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
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
