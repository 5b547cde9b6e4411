/**
 * Filtering the resource guide: what facets each resource has, and whether it matches the filters a
 * person chose. Pure, so the guide's small script only reads the form and shows or hides cards.
 */
import { countriesOf, type Country } from './country';

export type ContactKind = 'call' | 'text' | 'chat' | 'tty' | 'web';

export interface ResourceFacets {
  id: string;
  category: string;
  methods: ContactKind[];
  open247: boolean;
  languages: string[];
  audiences: string[];
  /** The countries it serves (every one for a worldwide service). */
  countries: Country[];
}

export interface ResourceFilter {
  category?: string | undefined;
  method?: string | undefined;
  open247?: boolean | undefined;
  language?: string | undefined;
  audience?: string | undefined;
}

interface ResourceLike {
  id: string;
  data: {
    category: string;
    contacts: { kind: ContactKind }[];
    open247: boolean;
    languages: string[];
    audience: string[];
    region?: string | undefined;
  };
}

/**
 * Audience groups a person can filter by. Each resource's free-text `audience` lines are matched
 * against these, so authors write naturally ("LGBTQ+ young people under 25") and filters stay short.
 * Their names are in src/lib/i18n (`staticUi.audiences`), so this file, which the guide's script imports,
 * carries no words to the browser.
 */
export const audienceGroups = {
  families: { pattern: /famil|friend|loved one|parent|caregiver/i },
  veterans: { pattern: /veteran|service member|military|national guard/i },
  lgbtq: { pattern: /lgbt|trans|queer|gay|lesbian|bisexual/i },
  young: { pattern: /young|youth|teen|under 2\d|student|child/i },
  women: { pattern: /\bwomen\b/i },
  older: { pattern: /older|elder|senior/i },
  native: { pattern: /native|indigenous|tribal|alaska/i },
  survivors: { pattern: /abuse|violence|assault|survivor/i },
} as const;
export type AudienceGroup = keyof typeof audienceGroups;

export function audienceGroupsOf(audience: readonly string[]): AudienceGroup[] {
  return (Object.keys(audienceGroups) as AudienceGroup[]).filter((group) =>
    audience.some((line) => audienceGroups[group].pattern.test(line)),
  );
}

/** "Spanish (press 2)" -> "Spanish". Interpretation services are a language offer, not a language. */
export function languageName(language: string): string | undefined {
  const name = language.split('(')[0]!.trim();
  // Notes such as "Interpretation in 200 languages" or "Other languages vary by meeting" describe
  // the service; they are not a language a person can filter by.
  return /interpret|\bvar(y|ies)\b|\bmore\b|\bother languages\b/i.test(name) ? undefined : name;
}

export function facetsOf(resource: ResourceLike): ResourceFacets {
  return {
    id: resource.id,
    category: resource.data.category,
    methods: [...new Set(resource.data.contacts.map((contact) => contact.kind))],
    open247: resource.data.open247,
    languages: resource.data.languages.flatMap((language) => languageName(language) ?? []),
    audiences: audienceGroupsOf(resource.data.audience),
    countries: resource.data.region ? countriesOf(resource.data.region) : [],
  };
}

export function matchesFilter(facets: ResourceFacets, filter: ResourceFilter): boolean {
  if (filter.category && facets.category !== filter.category) return false;
  if (filter.method && !facets.methods.includes(filter.method as ContactKind)) return false;
  if (filter.open247 && !facets.open247) return false;
  if (filter.language && !facets.languages.includes(filter.language)) return false;
  if (filter.audience && !facets.audiences.includes(filter.audience)) return false;
  return true;
}

/** The choices a filter offers: every value some resource has, each once (languages sorted, groups in their set order). */
export function filterOptions(all: ResourceFacets[]): { languages: string[]; audiences: AudienceGroup[] } {
  const languages = [...new Set(all.flatMap((facets) => facets.languages))].sort((a, b) => a.localeCompare(b));
  const present = new Set(all.flatMap((facets) => facets.audiences));
  return { languages, audiences: (Object.keys(audienceGroups) as AudienceGroup[]).filter((group) => present.has(group)) };
}
