/** Where a page loads its strings file (src/lib/build/page-strings.ts). */
import { describe, expect, it } from 'vitest';
import { linkPageStrings, pageLanguage } from '../../../src/lib/build/page-strings';

const src = '/training/_astro/strings-es.abc.js';

describe('linkPageStrings', () => {
  it('puts the file just before the first island, as a script that runs at once', () => {
    const html =
      '<html lang="es"><head><script type="module" src="/m.js"></script></head><body><p>Text</p><script src="/runtime.js"></script><astro-island uid="1"></astro-island><astro-island uid="2"></astro-island></body></html>';
    expect(linkPageStrings(html, src)).toBe(
      '<html lang="es"><head><script type="module" src="/m.js"></script></head><body><p>Text</p><script src="/runtime.js"></script>' +
        `<script src="${src}" data-page-strings></script><astro-island uid="1"></astro-island><astro-island uid="2"></astro-island></body></html>`,
    );
  });

  it('on a page without islands, defers it before the first module script, so it runs before them', () => {
    const html =
      '<html lang="en"><head><meta charset="utf-8"><script type="module" src="/a.js"></script></head><body><script type="module">b()</script></body></html>';
    expect(linkPageStrings(html, src)).toBe(
      `<html lang="en"><head><meta charset="utf-8"><script src="${src}" defer data-page-strings></script><script type="module" src="/a.js"></script></head><body><script type="module">b()</script></body></html>`,
    );
  });

  it('refuses a page with nothing to read the strings', () => {
    expect(() => linkPageStrings('<html lang="en"><body><p>Plain</p></body></html>', src)).toThrow(/loads no module script/);
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
