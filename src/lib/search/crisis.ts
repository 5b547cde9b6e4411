/**
 * Crisis-aware search: when what someone types suggests danger, the help that fits is shown above
 * the results. Matching is deliberately generous: a needless help card costs little, a missed one
 * could cost a life. The list is tested in tests/unit/search-crisis.test.ts.
 */
export type CrisisKind = 'suicide' | 'overdose' | 'violence' | 'sexual-assault';

const signals: Record<CrisisKind, RegExp[]> = {
  suicide: [
    /suicid/,
    /kill(ing)? (my|him|her|them)sel(f|ves)/,
    /\bwant(s|ed)? to die\b/,
    /\b(wish|wishes) (i|he|she|they) (was|were) dead\b/,
    /\bend (my|his|her|their) life\b/,
    /\bend it all\b/,
    /better off without (me|him|her|them)/,
    /no reason to live/,
    /self[- ]?harm/,
    /\bcutting\b/,
    /hang(ing)? (my|him|her|them)sel/,
    /\bdon'?t want to (live|be here)\b/,
    /\bhopeless\b/,
  ],
  overdose: [
    /overdos/,
    /\bod(ing|'d|ed)?\b/,
    /not breathing/,
    /stopped breathing/,
    /won'?t wake/,
    /can'?t wake/,
    /unresponsive/,
    /blue lips/,
    /\bnarcan\b/,
    /\bnaloxone\b/,
    /passed out/,
  ],
  violence: [
    /domestic violence/,
    /\babus(e|ed|ive|ing)\b/,
    /\b(hits|hit|beats|beat|hurts|hurt|chokes|choked|threatens|threatened) (me|her|him|them)\b/,
    /unsafe at home/,
    /not safe at home/,
    /afraid of (my|her|his|their) (partner|husband|wife|boyfriend|girlfriend)/,
    /\bstalk/,
  ],
  'sexual-assault': [/\brap(e|ed)\b/, /sexual(ly)? assault/, /sexual abuse/],
};

/** Which kinds of crisis a query suggests, most urgent first (an empty list for an ordinary query). */
export function detectCrisis(query: string): CrisisKind[] {
  const text = query.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!text) return [];
  return (Object.keys(signals) as CrisisKind[]).filter((kind) => signals[kind].some((pattern) => pattern.test(text)));
}

/** The resources to put on the help card for each kind, in order. Emergency services always lead. */
export const helpFor: Record<CrisisKind, string[]> = {
  suicide: ['emergency-911', '988-lifeline', 'crisis-text-line'],
  overdose: ['emergency-911', 'poison-help'],
  violence: ['emergency-911', 'domestic-violence-hotline'],
  'sexual-assault': ['emergency-911', 'rainn-hotline', 'domestic-violence-hotline'],
};

/** The resource ids for a help card covering every kind found, each once. */
export function helpCardResources(kinds: readonly CrisisKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => helpFor[kind]))];
}
