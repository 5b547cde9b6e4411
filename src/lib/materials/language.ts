/** Language cards: each glossary pair (avoid → use instead) on its own card, in alphabetical order. */
import type { GlossaryData } from '../../content/schemas/glossary';

type Pair = Extract<GlossaryData, { kind: 'pair' }>;
export interface LanguageCard {
  avoid: string[];
  useInstead: string[];
  why: string;
}

export function languageCards(entries: readonly GlossaryData[]): LanguageCard[] {
  return entries
    .filter((entry): entry is Pair => entry.kind === 'pair')
    .map(({ avoid, useInstead, why }) => ({ avoid, useInstead, why }))
    .sort((a, b) => a.avoid[0]!.localeCompare(b.avoid[0]!));
}
