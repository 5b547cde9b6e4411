import { describe, expect, it } from 'vitest';
import { chosenCountry, countries, countriesOf, isCountry, placeFor, withCountry } from '../../../src/lib/resources/country';
import { emptyProgress, progressSchema } from '../../../src/lib/progress';
import { loadResources } from '../content-loader';

describe('the reader’s country in the resource guide', () => {
  it('reads the countries a resource serves from its region line', () => {
    expect(countriesOf('United States')).toEqual(['us']);
    expect(countriesOf('Canada')).toEqual(['ca']);
    expect(countriesOf('United States, its territories and Canada')).toEqual(['us', 'ca']);
    expect(countriesOf('United Kingdom and Ireland')).toEqual(['uk-ie']);
    expect(countriesOf('Australia')).toEqual(['au']);
    expect(countriesOf('Worldwide (online)')).toEqual([...countries]);
    expect(countriesOf('Somewhere else')).toEqual([]);
  });

  it('gives every resource in the guide at least one country', () => {
    const without = loadResources().filter((resource) => resource.data && countriesOf(resource.data.region).length === 0);
    expect(without.map((resource) => resource.id)).toEqual([]);
  });

  it('chooses the country from the address, then the saved choice, then the United States', () => {
    expect(chosenCountry('ca', 'au')).toBe('ca');
    expect(chosenCountry(null, 'au')).toBe('au');
    expect(chosenCountry('narnia', undefined)).toBe('us');
    expect(chosenCountry(undefined, 'xx')).toBe('us');
    expect(isCountry('uk-ie')).toBe(true);
    expect(isCountry(3)).toBe(false);
  });

  it('keeps a resource with the guide when it serves the reader’s country, and under its own country otherwise', () => {
    expect(placeFor(['us'], 'us')).toBe('here');
    expect(placeFor(['ca'], 'us')).toBe('ca');
    expect(placeFor(['us', 'ca'], 'au')).toBe('us');
    expect(placeFor([], 'ca')).toBe('here');
  });

  it('remembers the choice in progress as an optional setting that passes validation', () => {
    const progress = withCountry(emptyProgress(), 'ca');
    expect(progress.settings.country).toBe('ca');
    expect(withCountry(progress, 'ca')).toBe(progress);
    expect(progressSchema.safeParse(progress).success).toBe(true);
    expect(progressSchema.safeParse(emptyProgress()).success).toBe(true);
    expect(progressSchema.safeParse({ ...progress, settings: { country: 'Not a code' } }).success).toBe(false);
  });
});
