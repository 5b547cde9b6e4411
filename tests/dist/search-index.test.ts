import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ESSENTIAL_PAGES, OFFLINE_INDEX } from '../../src/lib/offline/precache-plan';
import { isKeptPagesEntry } from '../../src/lib/search/kept-pages';
import { crisisSections } from '../../src/lib/search/rank';
import { base, dist, pages } from './built-site';

// What Pagefind indexes, read from the built pages: interface words and index keywords stay out of the
// body text that excerpts are cut from, and the sections search links to exist.
const page = (file: string) => {
  const found = pages.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`${file} was not built`);
  return found.dom;
};

/** A Pagefind entry file (the whole site's in pagefind/, the kept pages' in OFFLINE_INDEX): which index each language reads. */
const entryFile = (folder: string) =>
  JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string; hash: string }> };

describe('the search index', () => {
  it('has every section the crisis module is opened at for a crisis search', () => {
    const crisis = page('modules/crisis-referral/index.html');
    const missing = Object.values(crisisSections).filter((id) => !crisis.querySelector(`[id="${id}"]`));
    expect(missing).toEqual([]);
  });

  it('keeps a resource’s search keywords in metadata, not in the text excerpts are cut from', () => {
    const resource = page('resources/988-lifeline/index.html');
    const meta = resource.querySelectorAll('[data-pagefind-meta]').map((element) => element.getAttribute('data-pagefind-meta') ?? '');
    expect(meta.some((value) => value.startsWith('keywords:') && value.includes('kill myself'))).toBe(true);
    expect(resource.querySelector('.keywords')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('keeps module keywords in metadata, and the module’s interface words out of the index', () => {
    const crisis = page('modules/crisis-referral/index.html');
    const meta = crisis.querySelector('[data-pagefind-meta^="keywords:"]')?.getAttribute('data-pagefind-meta') ?? '';
    expect(meta).toContain('Narcan');
    for (const selector of ['.module-header .eyebrow', '.callout-title', '.facilitator-view', '.contact-links', '#objectives-title']) {
      const element = crisis.querySelector(selector);
      expect(element, selector).not.toBeNull();
      expect(element!.hasAttribute('data-pagefind-ignore'), `${selector} is indexed`).toBe(true);
    }
    expect(crisis.querySelector('.key-points ul')?.getAttribute('data-pagefind-weight')).toBeTruthy();
  });

  it('has an offline index of exactly the essential pages that search shows, which a first visit keeps', () => {
    // A Pagefind fragment is gzipped JSON after a signature, and names the page it shows.
    const folder = join(dist, OFFLINE_INDEX, 'fragment');
    const shown = readdirSync(folder).map((name) => {
      const data = gunzipSync(readFileSync(join(folder, name)));
      const { url } = JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string };
      return url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    });
    const searchable = Object.values(ESSENTIAL_PAGES)
      .flat()
      .filter((folder) => page(`${folder}index.html`).querySelector('[data-pagefind-body]'));
    expect(shown.sort()).toEqual(searchable.sort());
    expect(shown).toEqual(expect.arrayContaining(['modules/crisis-referral/', 'es/modules/crisis-referral/', 'help/', 'resources/']));
  });

  it('is kept on a first visit as the index of the kept pages: never the whole site’s entry file, which offline would name chunks this device lacks', async () => {
    const { planFor } = await import('../../integrations/service-worker');
    const { plan } = await planFor(dist, base);
    for (const essentials of Object.values(plan.essential)) {
      expect(essentials).toContain(`${OFFLINE_INDEX}pagefind-entry.json`);
      expect(essentials).not.toContain('pagefind/pagefind-entry.json');
    }
  });

  it('is asked for early by every page with a search box: Pagefind’s script, this build’s entry file, and the wasm and index metadata Pagefind picks for the page’s language', () => {
    const { languages } = entryFile('pagefind/');
    const wrong = pages.flatMap(({ file, dom }) => {
      if (!dom.querySelector('[data-site-search]')) return [];
      const build = dom.querySelector('meta[name="alongside-build"]')?.getAttribute('content');
      const language = dom.querySelector('html')?.getAttribute('lang') ?? '';
      const named = dom.querySelectorAll('template[data-search-engine] link').map((link) => link.getAttribute('href'));
      const expected = [
        `${base}pagefind/pagefind.js`,
        `${base}pagefind/wasm.${languages[language]?.wasm}.pagefind`,
        `${base}pagefind/pagefind.${languages[language]?.hash}.pf_meta`,
        `${base}pagefind/pagefind-entry.json?ts=${build}`,
      ];
      // The index's own files are marked: the loader leaves them out where the offline copy controls the page.
      const index = dom.querySelectorAll('template[data-search-engine] link[data-index]').map((link) => link.getAttribute('href'));
      const right = JSON.stringify(named) === JSON.stringify(expected) && JSON.stringify(index) === JSON.stringify(expected.slice(2));
      return right ? [] : [`${file}: ${named.join(' ')} (the index's: ${index.join(' ')})`];
    });
    expect(wrong).toEqual([]);
  });

  it('has a Pagefind script that checks every 5 ms, not 50, whether its wasm is ready, so a first search does not wait on a slow check (integrations/pagefind.ts)', () => {
    const script = readFileSync(join(dist, 'pagefind', 'pagefind.js'), 'utf8');
    const checks = [...script.matchAll(/async getPtr\(\)\{while\(this\.raw_ptr===null\)\{.*?await asyncSleep\((\d+)\)/g)].map((match) => match[1]);
    expect(checks).toEqual(['5']);
  });

  it('marks the offline index’s entry file, and only that one, so search can say it read the pages kept on the device', () => {
    expect(isKeptPagesEntry(entryFile(OFFLINE_INDEX))).toBe(true);
    expect(isKeptPagesEntry(entryFile('pagefind/'))).toBe(false);
  });

  it('says on the search page, without JavaScript, that search needs it, and links what works without it', () => {
    const search = page('search/index.html');
    const noscript = search.querySelector('noscript');
    expect(noscript?.text).toContain('Search needs JavaScript');
    // The parser keeps <noscript> as raw text, so its links are read from the markup.
    const links = [...(noscript?.innerHTML ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual([`${base}#modules`, `${base}resources/`, `${base}help/`]);
  });
});
