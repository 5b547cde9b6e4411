import { describe, expect, it } from 'vitest';
import { base, pages } from './built-site';
import { skipToContent as englishSkip } from '../../src/lib/i18n/en/common';
import { skipToContent as spanishSkip } from '../../src/lib/i18n/es/common';
import { footer as englishFooter } from '../../src/lib/i18n/en/footer';
import { footer as spanishFooter } from '../../src/lib/i18n/es/footer';

const ENGLISH_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const SPANISH_MONTH = /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/;

describe('every page has the structure assistive technology relies on', () => {
  it('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    it(page.file, () => {
      const { dom } = page;
      const problems: string[] = [];
      const lang = dom.querySelector('html')?.getAttribute('lang');
      if (!lang) problems.push('<html> has no lang');
      // A Spanish page's help link leads to the Spanish help page.
      const help = page.file.startsWith('es/') ? `${base}es/help/` : `${base}help/`;
      if ((lang === 'es') !== page.file.startsWith('es/')) problems.push(`lang="${lang}" on a page ${page.file.startsWith('es/') ? 'in' : 'outside'} /es/`);
      if (!dom.querySelector('title')?.text.trim()) problems.push('no <title>');
      const mains = dom.querySelectorAll('main').length;
      if (mains !== 1) problems.push(`${mains} <main> elements (want 1)`);
      const h1s = dom.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${h1s} <h1> elements (want 1)`);
      if (!dom.querySelector(`a[href="${help}"]`)) problems.push('no "Get help now" link');
      if (!dom.querySelector('a.skip-link[href="#main"]')) problems.push('no skip link');
      // The frame's first and last words are in the page's language: pages render side by side
      // (astro.config.mjs), and each must keep its own language from start to end.
      const [skip, footer] = lang === 'es' ? [spanishSkip, spanishFooter] : [englishSkip, englishFooter];
      if (dom.querySelector('a.skip-link')?.text.trim() !== skip) problems.push(`the skip link is not "${skip}"`);
      if (!dom.querySelector('footer.site-footer')?.text.includes(footer.scope)) problems.push(`the footer does not say "${footer.scope}"`);
      // Dates are written in the page's language: "November 24, 2026", "24 de noviembre de 2026".
      for (const time of dom.querySelectorAll('time')) {
        const month = (lang === 'es' ? ENGLISH_MONTH : SPANISH_MONTH).exec(time.text)?.[0];
        if (month) problems.push(`a date written in the other language: "${time.text.trim()}"`);
      }
      expect(problems, `${page.file}: ${problems.join('; ')}`).toEqual([]);
    });
  }
});

describe('which pages search engines are asked to leave out', () => {
  it('only the not-found pages, in both editions: every other page may be listed', () => {
    const unlisted = pages.filter((page) => /noindex/.test(page.dom.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''));
    expect(unlisted.map((page) => page.file).sort()).toEqual(['404.html', 'es/404/index.html']);
  });
});
