/**
 * Paths and order of the guide for program leads (/trainers/program-leads/). Pure, so the pages and the
 * tests agree on where each page lives and in which order the guide reads.
 */

/** The guide's home. */
export const PROGRAM_LEADS_PATH = '/trainers/program-leads/';
/** The printable evaluation plan, built from src/content/evaluation. */
export const EVALUATION_PLAN_PATH = `${PROGRAM_LEADS_PATH}evaluation-plan/`;

/** What a link to a guide page needs. */
export interface GuideLink {
  id: string;
  title: string;
}

/** The path of a guide page, from its id ("why-it-works" -> "/trainers/program-leads/why-it-works/"). */
export const guidePath = (id: string) => `${PROGRAM_LEADS_PATH}${id}/`;

/** Entries in reading order: by `order`, then by id so two equal orders still sort the same way every build. */
export function inGuideOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The entry after `id` in reading order, or undefined for the last. */
export function nextInGuide<T extends { id: string; data: { order: number } }>(entries: readonly T[], id: string): T | undefined {
  const ordered = inGuideOrder(entries);
  const at = ordered.findIndex((entry) => entry.id === id);
  return at === -1 ? undefined : ordered[at + 1];
}
