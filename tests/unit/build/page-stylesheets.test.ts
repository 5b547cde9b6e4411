/** Each page links its base styles and at most one more stylesheet (src/lib/build/page-stylesheets.ts). */
import { describe, expect, it } from 'vitest';
import { combinePageStylesheets } from '../../../src/lib/build/page-stylesheets';

const sheets: Record<string, string> = {
  '/t/_astro/base.css': 'body{margin:0}',
  '/t/_astro/module.css': '.module{color:red}\n',
  '/t/_astro/quiz.css': '.quiz{color:blue}',
};
const read = (href: string) => {
  const css = sheets[href];
  if (css === undefined) throw new Error(`no ${href}`);
  return css;
};
const name = (css: string) => `_astro/page.${css.length}.css`;
const href = (file: string) => `/t/${file}`;
const page = (head: string) => `<html><head><title>x</title>${head}</head><body><style>.not-in-head{}</style></body></html>`;

describe('combinePageStylesheets', () => {
  const pages = new Map([
    [
      'module.html',
      page(
        '<link rel="stylesheet" href="/t/_astro/base.css"><link rel="stylesheet" href="/t/_astro/module.css"><style>.a{x:1}</style><link rel="stylesheet" href="/t/_astro/quiz.css">',
      ),
    ],
    ['home.html', page('<link rel="stylesheet" href="/t/_astro/base.css">')],
    ['help.html', page('<link rel="stylesheet" href="/t/_astro/base.css"><style>.b{y:2}</style>')],
    ['data.json', '{"not":"a page"}'],
  ]);
  const combined = combinePageStylesheets(pages, read, name, href);

  it('keeps the stylesheet every page links, and combines the rest, in order, into one file', () => {
    const css = '.module{color:red}\n.a{x:1}\n.quiz{color:blue}';
    expect(combined.files.get(name(css))).toBe(css);
    expect(combined.pages.get('module.html')).toBe(
      page(`<link rel="stylesheet" href="/t/_astro/base.css"><link rel="stylesheet" href="/t/${name(css)}">`),
    );
    expect([...combined.replaced].sort()).toEqual(['/t/_astro/module.css', '/t/_astro/quiz.css']);
  });

  it('moves a page’s only <style> into a file, so the page needs no hash for it', () => {
    expect(combined.pages.get('help.html')).toBe(
      page(`<link rel="stylesheet" href="/t/_astro/base.css"><link rel="stylesheet" href="/t/${name('.b{y:2}')}">`),
    );
  });

  it('leaves a page with nothing to combine, and anything that is not a page, as they are', () => {
    expect(combined.pages.has('home.html')).toBe(false);
    expect(combined.pages.has('data.json')).toBe(false);
  });

  it('gives pages with the same styles the same file', () => {
    const both =
      '<link rel="stylesheet" href="/t/_astro/base.css"><link rel="stylesheet" href="/t/_astro/module.css"><link rel="stylesheet" href="/t/_astro/quiz.css">';
    const twins = combinePageStylesheets(
      new Map([
        ['a.html', page(both)],
        ['b.html', page(both)],
        ['c.html', page('<link rel="stylesheet" href="/t/_astro/base.css">')],
      ]),
      read,
      name,
      href,
    );
    expect(twins.files.size).toBe(1);
    expect(twins.pages.get('a.html')).toBe(twins.pages.get('b.html'));
  });
});
