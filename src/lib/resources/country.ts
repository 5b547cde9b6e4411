/**
 * Where the reader is, for the resource guide: lines for their country come first, and other
 * countries' lines are listed under their country, so a US reader meets the US 988 Lifeline before
 * Canada's 9-8-8. Countries are read from each resource's `region` line. Pure, so the guide's script
 * only moves cards where this says.
 */
import type { Progress } from '../progress';

/** The countries the guide has lines for; their names are in src/lib/i18n (`staticUi.countries`). */
export const countries = ['us', 'ca', 'uk-ie', 'au'] as const;
export type Country = (typeof countries)[number];
export const DEFAULT_COUNTRY: Country = 'us';

const patterns: Record<Country, RegExp> = {
  us: /united states|\bu\.s\./i,
  ca: /canada/i,
  'uk-ie': /united kingdom|ireland|\buk\b/i,
  au: /australia/i,
};

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (countries as readonly string[]).includes(value);
}

/** The countries a resource serves, from its region line; a worldwide service serves every one. */
export function countriesOf(region: string): Country[] {
  if (/worldwide/i.test(region)) return [...countries];
  return countries.filter((country) => patterns[country].test(region));
}

/** The country to show: the address first (a shared link), then the one this device chose, then the United States. */
export function chosenCountry(fromAddress: string | null | undefined, saved: string | undefined): Country {
  if (isCountry(fromAddress)) return fromAddress;
  return isCountry(saved) ? saved : DEFAULT_COUNTRY;
}

/** Where a resource goes for a reader in `country`: with the rest of the guide, or under the first country it serves. */
export function placeFor(served: readonly Country[], country: Country): Country | 'here' {
  if (served.length === 0 || served.includes(country)) return 'here';
  return served[0]!;
}

/** Progress with the reader's country remembered (an optional setting; the default is not stored). */
export function withCountry(progress: Progress, country: Country): Progress {
  if (progress.settings.country === country) return progress;
  return { ...progress, settings: { ...progress.settings, country } };
}
