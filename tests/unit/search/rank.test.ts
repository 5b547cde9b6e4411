import { describe, expect, it } from 'vitest';
import { arrivedResults, mergeRelaxed, promoteCrisisModule, rankedResult, sectionsOf, type ResultData } from '../../../src/lib/search/rank';

const crisisModule: ResultData = {
  url: '/modules/crisis-referral/',
  excerpt: 'page excerpt',
  meta: { title: 'Crisis recognition and referral' },
  anchors: [
    { element: 'h2', id: 'warning-signs-of-suicide', text: 'Warning signs of suicide', location: 10 },
    { element: 'h2', id: 'opioid-overdose', text: 'Opioid overdose', location: 50 },
    { element: 'h3', id: 'good-samaritan-laws', text: 'Good Samaritan laws', location: 90 },
    { element: 'h2', id: 'violence-at-home', text: 'Violence at home', location: 120 },
  ],
  sub_results: [
    { title: 'Crisis recognition and referral', url: '/modules/crisis-referral/', excerpt: 'top of the page' },
    {
      title: 'Opioid overdose',
      url: '/modules/crisis-referral/#opioid-overdose',
      excerpt: 'Opioid <mark>overdose</mark>',
      anchor: { id: 'opioid-overdose' },
      weighted_locations: [{ balanced_score: 36 }],
    },
    {
      title: 'Good Samaritan laws',
      url: '/modules/crisis-referral/#good-samaritan-laws',
      excerpt: 'the person who <mark>overdosed</mark>',
      anchor: { id: 'good-samaritan-laws' },
      weighted_locations: [{ balanced_score: 1 }, { balanced_score: 1 }, { balanced_score: 1 }, { balanced_score: 50 }],
    },
  ],
};

describe('search ranking tweaks', () => {
  it('moves the crisis module first for a search that suggests danger', () => {
    const results = [{ url: '/modules/self-care/' }, { url: '/glossary/' }, { url: '/modules/crisis-referral/' }];
    expect(promoteCrisisModule(results, ['overdose']).map((result) => result.url)).toEqual([
      '/modules/crisis-referral/',
      '/modules/self-care/',
      '/glossary/',
    ]);
  });

  it('leaves the order alone for an ordinary search, or when the module is first or absent', () => {
    const results = [{ url: '/modules/self-care/' }, { url: '/modules/crisis-referral/' }];
    expect(promoteCrisisModule(results, [])).toEqual(results);
    expect(promoteCrisisModule(results.slice(1), ['suicide'])).toEqual(results.slice(1));
    expect(promoteCrisisModule(results.slice(0, 1), ['suicide'])).toEqual(results.slice(0, 1));
  });

  it('offers the best-matching sections, strongest first, never the page itself', () => {
    expect(sectionsOf(crisisModule, []).map((section) => section.title)).toEqual(['Good Samaritan laws', 'Opioid overdose']);
  });

  it('opens the crisis module at the section for that crisis, even when another section matched more', () => {
    expect(sectionsOf(crisisModule, ['overdose']).map((section) => section.title)).toEqual(['Opioid overdose', 'Good Samaritan laws']);
    const violence = sectionsOf(crisisModule, ['violence', 'sexual-assault']);
    expect(violence.map((section) => section.url)).toEqual([
      '/modules/crisis-referral/#violence-at-home',
      '/modules/crisis-referral/#good-samaritan-laws',
    ]);
  });

  it('pins crisis sections only in the crisis module, and only sections the page has', () => {
    const other = { ...crisisModule, url: '/modules/boundaries/' };
    expect(sectionsOf(other, ['overdose'])[0]!.title).toBe('Good Samaritan laws');
    expect(sectionsOf({ ...crisisModule, anchors: undefined }, ['suicide'])[0]!.title).toBe('Good Samaritan laws');
  });

  it('counts hits when a section has no weights, and copes with a result without sections', () => {
    const plain: ResultData = {
      url: '/glossary/',
      excerpt: 'glossary excerpt',
      meta: {},
      sub_results: [
        { title: 'Words', url: '/glossary/#words', excerpt: 'a', anchor: { id: 'words' }, locations: [1] },
        { title: 'Terms', url: '/glossary/#terms', excerpt: 'b', anchor: { id: 'terms' }, locations: [2, 3] },
        { title: 'None', url: '/glossary/#none', excerpt: 'c', anchor: { id: 'none' } },
      ],
    };
    expect(sectionsOf(plain, []).map((section) => section.title)).toEqual(['Terms', 'Words']);
    expect(rankedResult({ url: '/about/', excerpt: 'about', meta: {} }, [])).toEqual({
      url: '/about/',
      title: '/about/',
      excerpt: 'about',
      sections: [],
      meta: {},
    });
  });

  it('shows the excerpt of the section it leads with', () => {
    const ranked = rankedResult(crisisModule, ['overdose']);
    expect(ranked.title).toBe('Crisis recognition and referral');
    expect(ranked.excerpt).toBe('Opioid <mark>overdose</mark>');
    expect(ranked.sections[0]).toEqual({ title: 'Opioid overdose', url: '/modules/crisis-referral/#opioid-overdose' });
  });

  it('falls back to the page excerpt when a pinned section did not match', () => {
    const ranked = rankedResult({ ...crisisModule, sub_results: [] }, ['suicide']);
    expect(ranked.sections).toEqual([{ title: 'Warning signs of suicide', url: '/modules/crisis-referral/#warning-signs-of-suicide' }]);
    expect(ranked.excerpt).toBe('page excerpt');
  });

  it('after a thin whole-question search, ranks pages by their rarer words', () => {
    const whole = [{ id: 'crisis', score: 2 }];
    const raped = [
      { id: 'crisis', score: 1 },
      { id: 'rainn', score: 3 },
    ];
    const night = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => ({ id, score: 6 - index }));
    expect(mergeRelaxed(whole, [raped, night, []])).toEqual(['crisis', 'rainn', 'a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('results shown as their data arrive', () => {
  const page = (name: string) => ({ url: `/${name}/` });
  const crisis = { url: '/modules/crisis-referral/' };

  it('shows results in order as soon as every one above them has arrived', () => {
    expect(arrivedResults([undefined, page('b'), page('c')], [], 8)).toEqual({ shown: [], settled: false, topReady: false });
    expect(arrivedResults([page('a'), undefined, page('c')], [], 8)).toEqual({ shown: [page('a')], settled: false, topReady: false });
  });

  it('announces once the first three are final, before the rest arrive', () => {
    const loaded = [page('a'), page('b'), page('c'), undefined, page('e')];
    expect(arrivedResults(loaded, [], 8)).toEqual({ shown: [page('a'), page('b'), page('c')], settled: false, topReady: true });
    expect(arrivedResults([page('a'), undefined], [], 1).topReady).toBe(true); // fewer wanted than three
  });

  it('leaves out results whose data failed (not saved offline), and settles when none is loading', () => {
    expect(arrivedResults([null, page('b'), null], [], 8)).toEqual({ shown: [page('b')], settled: true, topReady: true });
    expect(arrivedResults([null, null], [], 8)).toEqual({ shown: [], settled: true, topReady: true });
    expect(arrivedResults([page('a'), page('b'), page('c')], [], 2).shown).toEqual([page('a'), page('b')]);
  });

  it('for a crisis search, announces only when the crisis module’s place is known, and puts it first', () => {
    const loaded = [page('a'), page('b'), page('c'), page('d'), undefined, crisis];
    expect(arrivedResults(loaded, ['overdose'], 8).topReady).toBe(false);
    expect(arrivedResults([page('a'), page('b'), page('c'), page('d'), page('e'), crisis], ['overdose'], 3)).toEqual({
      shown: [crisis, page('a'), page('b')],
      settled: true,
      topReady: true,
    });
  });
});
