import { describe, expect, it } from 'vitest';
import { isUnusedFile, planPrecache, precacheUrl, referencesIn } from '../../../src/lib/offline/precache-plan';

// A small build: what each file loads is written out, as the build reads it from the files.
const loads: Record<string, string[]> = {
  'index.html': ['_astro/base.css', '_astro/search.js'],
  'help/index.html': ['_astro/base.css', '_astro/search.js'],
  'resources/index.html': ['_astro/base.css', '_astro/filters.js'],
  'search/index.html': ['_astro/base.css'],
  'modules/crisis-referral/index.html': ['_astro/base.css', '_astro/module.js'],
  'modules/boundaries/index.html': ['_astro/base.css', '_astro/module.js', '_astro/boundaries-only.js'],
  'es/help/index.html': ['_astro/base.css', '_astro/search.js'],
  '_astro/search.js': ['_astro/i18n.js'],
  '_astro/i18n.js': ['_astro/search.js'], // chunks can import each other
};
const files = [
  ...Object.keys(loads),
  '_astro/base.css',
  '_astro/filters.js',
  '_astro/module.js',
  '_astro/boundaries-only.js',
  '_astro/QuizIsland.js',
  'modules/crisis-referral/exercises.json',
  'modules/crisis-referral/answers/index.html',
  'modules/crisis-referral/facilitator/index.html',
  'modules/boundaries/exercises.json',
  'modules/boundaries/facilitator/index.html',
  '404.html',
  'manifest.webmanifest',
  'favicon.svg',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_1.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.css',
  'pagefind/pagefind-highlight.js',
  'pagefind/index/en_a.pf_index',
  'pagefind/index/es_c.pf_index',
  'pagefind/filter/es_d.pf_filter',
  'pagefind/pagefind.es_2.pf_meta',
  'pagefind/wasm.es.pagefind',
  'pagefind/fragment/es_ayuda.pf_fragment',
  'pagefind/filter/en_b.pf_filter',
  'pagefind/fragment/en_crisis.pf_fragment',
  'pagefind/fragment/en_help.pf_fragment',
  'pagefind/fragment/en_boundaries.pf_fragment',
  // The essential pages' own index, data only (integrations/pagefind.ts), and what Pagefind wrote beside it.
  'pagefind-offline/pagefind-entry.json',
  'pagefind-offline/pagefind.en_3.pf_meta',
  'pagefind-offline/pagefind.es_4.pf_meta',
  'pagefind-offline/index/en_e.pf_index',
  'pagefind-offline/index/es_f.pf_index',
  'pagefind-offline/fragment/en_crisis.pf_fragment',
  'pagefind-offline/fragment/en_help.pf_fragment',
  'pagefind-offline/fragment/es_ayuda.pf_fragment',
  'pagefind-offline/pagefind.js',
  'pagefind-offline/wasm.en.pagefind',
];
const plan = planPrecache({ files, references: (file) => loads[file] ?? [] });

describe('what the offline copy holds', () => {
  it('caches the essentials first: help, the resource guide, the crisis module, and what their pages load', () => {
    expect(plan.essential.en).toEqual(
      expect.arrayContaining([
        'index.html',
        'help/index.html',
        'resources/index.html',
        'search/index.html',
        'modules/crisis-referral/index.html',
        '404.html',
        'manifest.webmanifest',
        'favicon.svg',
        '_astro/base.css',
        '_astro/search.js',
        '_astro/i18n.js',
        '_astro/filters.js',
        '_astro/module.js',
      ]),
    );
  });

  it('caches the search engine with the index of the pages that open offline, not the whole site’s index', () => {
    const search = plan.essential.en.filter((file) => file.startsWith('pagefind'));
    expect(search).toEqual([
      'pagefind-offline/fragment/en_crisis.pf_fragment',
      'pagefind-offline/fragment/en_help.pf_fragment',
      'pagefind-offline/index/en_e.pf_index',
      'pagefind-offline/pagefind-entry.json',
      'pagefind-offline/pagefind.en_3.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('leaves the rest of the course for when it is chosen, and files the site never loads out of both', () => {
    expect(plan.course).toEqual([
      '_astro/QuizIsland.js',
      '_astro/boundaries-only.js',
      'modules/boundaries/exercises.json',
      'modules/boundaries/facilitator/index.html',
      'modules/boundaries/index.html',
      'modules/crisis-referral/answers/index.html',
      'modules/crisis-referral/exercises.json',
      'modules/crisis-referral/facilitator/index.html',
      'pagefind/filter/en_b.pf_filter',
      'pagefind/filter/es_d.pf_filter',
      'pagefind/fragment/en_boundaries.pf_fragment',
      'pagefind/fragment/en_crisis.pf_fragment',
      'pagefind/fragment/en_help.pf_fragment',
      'pagefind/fragment/es_ayuda.pf_fragment',
      'pagefind/index/en_a.pf_index',
      'pagefind/index/es_c.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_1.pf_meta',
      'pagefind/pagefind.es_2.pf_meta',
    ]);
    const both = new Set([...plan.essential.en, ...plan.essential.es, ...plan.course]);
    expect(files.filter((file) => !both.has(file))).toEqual([
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-highlight.js',
      'pagefind-offline/pagefind.js',
      'pagefind-offline/wasm.en.pagefind',
    ]);
    expect([...plan.essential.en, ...plan.essential.es].filter((file) => plan.course.includes(file))).toEqual([]);
  });

  it('caches the essentials of the edition being read: a Spanish first visit takes Spanish help and the Spanish index only', () => {
    expect(plan.essential.es).toEqual(expect.arrayContaining(['es/help/index.html', '_astro/search.js', '404.html']));
    expect(plan.essential.es.filter((file) => file.startsWith('pagefind'))).toEqual([
      'pagefind-offline/fragment/es_ayuda.pf_fragment',
      'pagefind-offline/index/es_f.pf_index',
      'pagefind-offline/pagefind-entry.json',
      'pagefind-offline/pagefind.es_4.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.es.pagefind',
    ]);
    expect(plan.essential.en).not.toContain('pagefind/wasm.es.pagefind');
    expect(plan.essential.en).not.toContain('es/help/index.html');
  });

  it('knows Pagefind’s interface bundles and worker are unused, and its search API is not', () => {
    expect(isUnusedFile('pagefind/pagefind-modular-ui.css')).toBe(true);
    expect(isUnusedFile('pagefind/pagefind.js')).toBe(false);
    expect(isUnusedFile('pagefind/pagefind-worker.js')).toBe(true); // search runs on the page
    expect(isUnusedFile('modules/pagefind-ui.js')).toBe(false);
    // The offline index's folder keeps its data; the engine Pagefind writes beside it is the main folder's.
    expect(isUnusedFile('pagefind-offline/pagefind-worker.js')).toBe(true);
    expect(isUnusedFile('pagefind-offline/index/en_e.pf_index')).toBe(false);
    expect(isUnusedFile('pagefind-offline/pagefind-entry.json')).toBe(false);
  });

  it('gives pages their folder address under the base', () => {
    expect(precacheUrl('/training/', 'help/index.html')).toBe('/training/help/');
    expect(precacheUrl('/', 'index.html')).toBe('/');
    expect(precacheUrl('/', '404.html')).toBe('/404.html');
  });
});

describe('what a built file loads', () => {
  const page = [
    '<link rel="stylesheet" href="/training/_astro/base.css">',
    '<link rel="icon" href="/training/favicon.svg?v=2">',
    '<link rel="apple-touch-icon" href="/training/apple-touch-icon.png">',
    '<script type="module" src="/training/_astro/search.js"></script>',
    '<a href="/training/modules/boundaries/">Boundaries</a>',
    '<a href="/training/404.html">a page</a>',
    '<a href="https://example.org/x.js">elsewhere</a>',
    '<astro-island component-url="/training/_astro/QuizIsland.js" renderer-url="/training/_astro/client.js"></astro-island>',
    '<template><link rel="preload" as="fetch" href="/training/pagefind/pagefind-entry.json?ts=1"></template>',
  ].join('');

  it('reads a page’s scripts, styles and icon, not the pages it links to, search’s files or home-screen icons, and island code only when asked', () => {
    expect(referencesIn('index.html', page, '/training/')).toEqual(['_astro/base.css', 'favicon.svg', '_astro/search.js']);
    expect(referencesIn('index.html', page, '/training/', { islands: true })).toEqual([
      '_astro/base.css',
      'favicon.svg',
      '_astro/search.js',
      '_astro/QuizIsland.js',
      '_astro/client.js',
    ]);
  });

  it('reads the chunks a script imports, relative to its folder', () => {
    const script = 'import{a}from"./i18n.js";import "../other/b.js";const c=()=>import(`./lazy.js`);const t="./not-a-file";';
    expect(referencesIn('_astro/search.js', script, '/')).toEqual(['_astro/i18n.js', 'other/b.js', '_astro/lazy.js']);
    expect(referencesIn('top.js', 'import"./a.js"', '/')).toEqual(['a.js']);
    expect(referencesIn('_astro/base.css', 'url("./font.woff2")', '/')).toEqual([]);
  });
});
