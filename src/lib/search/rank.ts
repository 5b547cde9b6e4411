/**
 * Ranking tweaks on top of Pagefind's order, and which sections of a page to offer. Pure, so the
 * search box only fetches results and renders what this returns.
 */
import type { CrisisKind } from './crisis';

/** The part of a Pagefind result this file reads (pagefind.js `result.data()`). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors?: { element: string; id: string; text?: string; location: number }[];
  sub_results?: SubResult[];
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations?: { balanced_score: number }[];
  locations?: number[];
}

/** A result as the search box shows it: the page, and up to two of its sections that match. */
export interface RankedResult {
  url: string;
  title: string;
  excerpt: string;
  sections: { title: string; url: string }[];
  meta: Record<string, string | undefined>;
}

/** The module that teaches what to do in each kind of crisis, and the section to open first. */
const crisisModule = 'modules/crisis-referral/';
export const crisisSections: Record<CrisisKind, string> = {
  suicide: 'warning-signs-of-suicide',
  overdose: 'opioid-overdose',
  violence: 'violence-at-home',
  weapon: 'threats-to-harm-others',
  'sexual-assault': 'violence-at-home',
  distress: 'which-call-to-make',
};

const MAX_SECTIONS = 2;

/** How strongly a section matched: the sum of its weighted hits (a heading hit counts for more). */
function sectionScore(section: SubResult): number {
  return (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0) || (section.locations?.length ?? 0);
}

/** The crisis module first when a search suggests danger: after the help card, the training that goes with it. */
export function promoteCrisisModule<T extends { url: string }>(results: readonly T[], kinds: readonly CrisisKind[]): T[] {
  const index = kinds.length ? results.findIndex((result) => result.url.endsWith(crisisModule)) : -1;
  if (index <= 0) return [...results];
  return [results[index]!, ...results.slice(0, index), ...results.slice(index + 1)];
}

/** The sections to link under a result: for a crisis search in the crisis module, the section for that crisis first; then the best matches. */
export function sectionsOf(result: ResultData, kinds: readonly CrisisKind[]): { title: string; url: string; excerpt: string }[] {
  const matched = (result.sub_results ?? [])
    .filter((section) => section.anchor && section.url !== result.url)
    .map((section, order) => ({ section, order, score: sectionScore(section) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ section }) => ({ title: section.title, url: section.url, excerpt: section.excerpt }));
  const wanted = result.url.endsWith(crisisModule) ? kinds.map((kind) => crisisSections[kind]) : [];
  const pinned = wanted.flatMap((id) => {
    const anchor = result.anchors?.find((candidate) => candidate.id === id);
    if (!anchor?.text) return [];
    const url = `${result.url}#${id}`;
    return [matched.find((section) => section.url === url) ?? { title: anchor.text, url, excerpt: '' }];
  });
  const all = [...pinned, ...matched].filter((section, index, list) => list.findIndex((other) => other.url === section.url) === index);
  return all.slice(0, MAX_SECTIONS);
}

/** One result ready to show: its title, the sections to offer, and the excerpt of the best-matching part. */
export function rankedResult(result: ResultData, kinds: readonly CrisisKind[]): RankedResult {
  const sections = sectionsOf(result, kinds);
  const excerpt = sections.find((section) => section.excerpt)?.excerpt ?? result.excerpt;
  return {
    url: result.url,
    title: result.meta.title ?? result.url,
    excerpt,
    sections: sections.map(({ title, url }) => ({ title, url })),
    meta: result.meta,
  };
}

/** A page found by one search, with Pagefind's score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * The order when a question found too little as a whole: pages found by the whole question first, then
 * pages found by its words one at a time. A word found on few pages says more about what the person
 * needs than one found on many ("raped" against "last night"), so each word counts by how rare it is,
 * and within a word by how strongly the page matched it.
 */
export function mergeRelaxed(whole: readonly Scored[], byWord: readonly (readonly Scored[])[]): string[] {
  const totals = new Map<string, number>();
  for (const list of byWord) {
    const best = Math.max(...list.map((entry) => entry.score), Number.MIN_VALUE);
    const rarity = 1 / list.length;
    for (const entry of list) totals.set(entry.id, (totals.get(entry.id) ?? 0) + rarity * (1 + entry.score / best));
  }
  const first = whole.map((entry) => entry.id);
  const rest = [...totals.entries()]
    .filter(([id]) => !first.includes(id))
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
  return [...first, ...rest];
}

/** Results as their data arrive: what to show now, and whether the top of the list is final. */
export interface Arrived<T> {
  /** What to show, in order (at most `max`). */
  shown: T[];
  /** Every result's data has arrived or failed (a fragment not saved offline fails). */
  settled: boolean;
  /** The first results will not change any more, so the count can be announced. */
  topReady: boolean;
}

/** How many results must be final before the count is announced: the ones people read first. */
export const ANNOUNCE_TOP = 3;

/**
 * Which results to show while their data arrive one by one (`undefined`: still loading, `null`:
 * failed). Results show in Pagefind's order as soon as every one above them has arrived, so nothing
 * jumps. A crisis search may move the crisis module to the top, which is known only when all have
 * arrived, so its count waits for that; its help card is already shown without waiting for anything.
 */
export function arrivedResults<T extends { url: string }>(
  loaded: readonly (T | null | undefined)[],
  kinds: readonly CrisisKind[],
  max: number,
): Arrived<T> {
  const pending = loaded.indexOf(undefined);
  const settled = pending === -1;
  const inOrder = loaded.slice(0, settled ? loaded.length : pending).filter((result): result is T => result != null);
  const shown = promoteCrisisModule(inOrder, kinds).slice(0, max);
  const topReady = settled || (kinds.length === 0 && shown.length >= Math.min(ANNOUNCE_TOP, max));
  return { shown, settled, topReady };
}
