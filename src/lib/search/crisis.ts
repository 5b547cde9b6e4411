/**
 * Crisis-aware search: when what someone types suggests danger, the help that fits is shown above
 * the results. Matching is deliberately generous: a needless help card costs little, a missed one
 * could cost a life. The list is tested in tests/unit/search-crisis.test.ts.
 */
export type CrisisKind = 'suicide' | 'overdose' | 'violence' | 'sexual-assault' | 'distress';

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
  distress: [],
};

/**
 * The same signals in Spanish, for a person who searches in the language they think in. A plain
 * "ayuda" (help) counts: on an English site, someone typing it in Spanish may need help now.
 */
const spanishSignals: Record<CrisisKind, RegExp[]> = {
  suicide: [
    /suicid/,
    /\b(quiero|quiere|quieren|quisiera) morir/,
    /\bmatar(me|se)\b/,
    /\bme (quiero|voy a) matar\b/,
    /\bquitarme la vida\b/,
    /\bno (quiero|quiere) vivir\b/,
    /\bhacerme daño\b/,
  ],
  overdose: [/sobredosis/, /\bno respira\b/, /\bno despierta\b/, /\bnaloxona\b/],
  violence: [/violencia (doméstica|domestica|familiar)/, /\bme (pega|golpea|maltrata)\b/, /\bmaltrato\b/],
  'sexual-assault': [/\bviolaci[oó]n\b/, /\bme violó/, /\babuso sexual\b/, /\bagresi[oó]n sexual\b/],
  distress: [/\bayuda\b/, /\bauxilio\b/, /\bsocorro\b/, /\bestoy en crisis\b/],
};

const kinds = Object.keys(signals) as CrisisKind[];

function plain(query: string): string {
  return query.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Which kinds of crisis a query suggests, most urgent first (an empty list for an ordinary query). */
export function detectCrisis(query: string): CrisisKind[] {
  const text = plain(query);
  if (!text) return [];
  return kinds.filter((kind) => [...signals[kind], ...spanishSignals[kind]].some((pattern) => pattern.test(text)));
}

/** True when the words that suggest danger are Spanish, so the help card leads with the Spanish options. */
export function isSpanishCrisis(query: string): boolean {
  const text = plain(query);
  return kinds.some((kind) => spanishSignals[kind].some((pattern) => pattern.test(text)));
}

/** The resources to put on the help card for each kind, in order. Emergency services always lead. */
export const helpFor: Record<CrisisKind, string[]> = {
  suicide: ['emergency-911', '988-lifeline', 'crisis-text-line'],
  overdose: ['emergency-911', 'poison-help'],
  violence: ['emergency-911', 'domestic-violence-hotline'],
  'sexual-assault': ['emergency-911', 'rainn-hotline', 'domestic-violence-hotline'],
  distress: ['emergency-911', '988-lifeline', 'crisis-text-line'],
};

/** The resource ids for a help card covering every kind found, each once. */
export function helpCardResources(kinds: readonly CrisisKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => helpFor[kind]))];
}
