/** Where a page loads its strings file (src/lib/build/page-strings.ts). */
import { describe, expect, it } from 'vitest';
import { linkPageStrings, pageLanguage } from '../../../src/lib/build/page-strings';

const src = '/training/_astro/strings-es.abc.js';

describe('linkPageStrings', () => {
  it('defers it in <head>, before the first module script, so it runs before them and holds nothing up', () => {
    const html =
      '<html lang="es"><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"><script type="module" src="/m.js"></script></head>' +
      '<body><script src="/runtime.js"></script><astro-island uid="1"></astro-island></body></html>';
    expect(linkPageStrings(html, src)).toBe(
      '<html lang="es"><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css">' +
        `<script src="${src}" defer data-page-strings></script><script type="module" src="/m.js"></script></head>` +
        '<body><script src="/runtime.js"></script><astro-island uid="1"></astro-island></body></html>',
    );
  });

  it('puts it at the end of <head> when the page’s module scripts come later', () => {
    const html = '<html lang="en"><head><title>T</title></head><body><script type="module">b()</script></body></html>';
    expect(linkPageStrings(html, src)).toBe(
      `<html lang="en"><head><title>T</title><script src="${src}" defer data-page-strings></script></head><body><script type="module">b()</script></body></html>`,
    );
  });

  it('refuses a page with nowhere to link it', () => {
    expect(() => linkPageStrings('<p>Plain</p>', src)).toThrow(/no <head> or module script/);
  });
});

describe('pageLanguage', () => {
  it('reads <html lang>', () => {
    expect(pageLanguage('<!DOCTYPE html><html dir="ltr" lang="es"><head>')).toBe('es');
    expect(pageLanguage('<html lang="en">')).toBe('en');
  });

  it('names a page without one', () => {
    expect(() => pageLanguage('<html><head>')).toThrow(/no <html lang>/);
  });
});
