import { describe, expect, it } from 'vitest';
import { resourceCategories } from '../../../src/content/schemas/resources';
import { categoryLabels } from '../../../src/lib/resources/categories';
import {
  audienceGroupsOf,
  facetsOf,
  filterOptions,
  languageName,
  matchesFilter,
  type ResourceFacets,
} from '../../../src/lib/resources/filter';
import { loadResources } from '../content-loader';

describe('audience groups from the words resources use', () => {
  it('places a resource in every group its audience lines mention, in the filter’s order', () => {
    expect(audienceGroupsOf(['LGBTQ+ young people under 25'])).toEqual(['lgbtq', 'young']);
    expect(audienceGroupsOf(['Veterans', 'Families and friends'])).toEqual(['families', 'veterans']);
    expect(audienceGroupsOf(['Older adults and their caregivers'])).toEqual(['families', 'older']);
    expect(audienceGroupsOf(['Survivors of sexual assault'])).toEqual(['survivors']);
    expect(audienceGroupsOf(['American Indian and Alaska Native people'])).toEqual(['native']);
  });

  it('matches "women" as a word only', () => {
    expect(audienceGroupsOf(['Women in recovery'])).toEqual(['women']);
    expect(audienceGroupsOf(['Anyone, including sportswomen'])).toEqual([]);
  });

  it('leaves a resource for everyone out of every group', () => {
    expect(audienceGroupsOf(['Anyone in the United States', 'People who prefer texting'])).toEqual([]);
  });
});

describe('language names for the filter', () => {
  it('drops the notes after a language', () => {
    expect(languageName('Spanish (press 2)')).toBe('Spanish');
    expect(languageName('English')).toBe('English');
  });

  it('treats interpretation as an offer, not a language', () => {
    expect(languageName('Interpretation in over 240 languages by phone')).toBeUndefined();
    expect(languageName('Over 100 more through interpreters')).toBeUndefined();
  });

  it('keeps notes about local variety out of the language menu', () => {
    expect(languageName('Other languages vary by meeting')).toBeUndefined();
    expect(languageName('Other languages vary by area')).toBeUndefined();
    expect(languageName('American Sign Language (videophone)')).toBe('American Sign Language');
    expect(languageName('French')).toBe('French');
  });
});

const lifeline = facetsOf({
  id: '988-lifeline',
  data: {
    category: 'crisis',
    contacts: [{ kind: 'call' }, { kind: 'text' }, { kind: 'call' }, { kind: 'chat' }],
    open247: true,
    languages: ['English', 'Spanish (press 2)', 'Interpretation in over 240 languages by phone'],
    audience: ['Anyone in the United States', 'People worried about someone else'],
    region: 'United States',
  },
});
const veterans: ResourceFacets = {
  id: 'veterans-crisis-line',
  category: 'veterans',
  methods: ['call', 'text'],
  open247: true,
  languages: ['English'],
  audiences: ['families', 'veterans'],
  countries: ['us'],
};
const meetings: ResourceFacets = {
  id: 'smart-recovery',
  category: 'mutual-aid',
  methods: ['web'],
  open247: false,
  languages: ['English', 'French'],
  audiences: [],
  countries: ['us', 'ca'],
};

describe('a resource’s facets', () => {
  it('lists each way to reach it once, its languages by name, and its audience groups', () => {
    expect(lifeline).toEqual({
      id: '988-lifeline',
      category: 'crisis',
      methods: ['call', 'text', 'chat'],
      open247: true,
      languages: ['English', 'Spanish'],
      audiences: [],
      countries: ['us'],
    });
  });
});

describe('whether a resource matches the filters a person chose', () => {
  const all = [lifeline, veterans, meetings];
  const shown = (filter: Parameters<typeof matchesFilter>[1]) =>
    all.filter((facets) => matchesFilter(facets, filter)).map((facets) => facets.id);

  it('shows everything when nothing is chosen, including an unticked "open 24/7" box', () => {
    expect(shown({})).toEqual(['988-lifeline', 'veterans-crisis-line', 'smart-recovery']);
    expect(shown({ open247: false })).toEqual(['988-lifeline', 'veterans-crisis-line', 'smart-recovery']);
  });

  it('narrows by category, contact method, 24/7, language and audience', () => {
    expect(shown({ category: 'veterans' })).toEqual(['veterans-crisis-line']);
    expect(shown({ method: 'chat' })).toEqual(['988-lifeline']);
    expect(shown({ open247: true })).toEqual(['988-lifeline', 'veterans-crisis-line']);
    expect(shown({ language: 'Spanish' })).toEqual(['988-lifeline']);
    expect(shown({ audience: 'veterans' })).toEqual(['veterans-crisis-line']);
  });

  it('shows only resources that match every choice at once', () => {
    expect(shown({ method: 'text', open247: true })).toEqual(['988-lifeline', 'veterans-crisis-line']);
    expect(shown({ method: 'text', language: 'Spanish' })).toEqual(['988-lifeline']);
    expect(shown({ method: 'web', open247: true })).toEqual([]);
  });
});

describe('the choices the filter offers', () => {
  it('lists each language once, in alphabetical order, and only the audience groups some resource serves', () => {
    expect(filterOptions([veterans, meetings, lifeline])).toEqual({
      languages: ['English', 'French', 'Spanish'],
      audiences: ['families', 'veterans'],
    });
  });
});

describe('the resource guide’s filters on the real resources', () => {
  const facets = loadResources().flatMap((resource) => (resource.data ? [facetsOf({ id: resource.id, data: resource.data })] : []));
  const shown = (filter: Parameters<typeof matchesFilter>[1]) =>
    facets.filter((resource) => matchesFilter(resource, filter)).map((resource) => resource.id);

  it('finds the Veterans Crisis Line for veterans, and 988 for Spanish speakers who want to text any time', () => {
    expect(shown({ audience: 'veterans' })).toContain('veterans-crisis-line');
    expect(shown({ language: 'Spanish', method: 'text', open247: true })).toContain('988-lifeline');
  });
});

describe('resource categories', () => {
  it('each have a heading in the guide, in the order the schema lists them', () => {
    expect(Object.keys(categoryLabels)).toEqual([...resourceCategories]);
  });
});
