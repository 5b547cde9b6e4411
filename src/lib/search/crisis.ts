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
    /\bwanna die\b/,
    /\b(take|taking|end|ending) (my|his|her|their) (own )?life\b/,
    /\b(shoot|shot|hang|cut|cutting) (my|him|her|them)sel(f|ves)\b/,
    /\bcan'?t go on\b/,
    /\bkms\b/,
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
    /\bgasp/,
    /alcohol poisoning/,
    /\bseizure/,
  ],
  violence: [
    /domestic violence/,
    /\babus(e|ed|ive|ing)\b/,
    /\b(hits|hit|beats|beat|hurts|hurt|chokes|choked|threatens|threatened) (me|her|him|them)\b/,
    /unsafe at home/,
    /not safe at home/,
    /afraid of (my|her|his|their) (partner|husband|wife|boyfriend|girlfriend)/,
    /\bstalk/,
    // A threat to hurt someone else, or a weapon: the card leads with 911. "Threatening to kill himself"
    // is about suicide, and is left to the suicide signals.
    /\bthreat(en|ens|ened|ening)\b(?! to (kill|hurt|harm|shoot) (my|him|her|them)sel)/,
    /\b(going to|gonna|wants? to) (kill|hurt|shoot) (him|her|them|someone|somebody|people)\b/,
    /\b(a|his|her) (gun|knife|weapon)\b/,
    /\b(scared|afraid) of (my|her|his|their)\b/,
  ],
  'sexual-assault': [/\brap(e|ed)\b/, /sexual(ly)? assault/, /sexual abuse/],
  distress: [],
};

/**
 * The same signals in Spanish, for a person who searches in the language they think in. A plain
 * "ayuda" (help) counts: on an English site, someone typing it in Spanish may need help now.
 * JavaScript's `\b` treats accented letters (á, é, í, ó, ú, ñ) as non-word characters, so no pattern
 * here ends with `\b` right after one: it would fail at the end of the query. Endings stay open instead.
 */
const spanishSignals: Record<CrisisKind, RegExp[]> = {
  suicide: [
    // Spanish forms only: a bare "suicid" would call English "suicide" Spanish and put Spanish options first.
    /\bsuicid(io|a|as|ar|arme|arse|arte)\b/,
    /\b(quiero|quiere|quieren|quisiera) morir/,
    /\bmatar(me|se)\b/,
    /\bme (quiero|voy a) matar\b/,
    /\bno (quiero|quiere) vivir\b/,
    /\bhacerme da[nñ]o/,
    /\bse (quiere|va a) matar/,
    /\bquitar(me|se|te)? la vida/,
    /\bganas de morir/,
  ],
  overdose: [/sobredosis/, /\bno respira\b/, /\bno (se )?despierta/, /\bnaloxona\b/, /\bno reacciona/, /\blabios (azules|morados)/],
  violence: [/violencia (doméstica|domestica|familiar)/, /\bme (pega|golpea|maltrata)\b/, /\bmaltrato\b/, /\bme (golpe|peg|amenaz)/],
  'sexual-assault': [/\bviolaci[oó]n\b/, /\bme violó/, /\bme violaron/, /\babuso sexual\b/, /\bagresi[oó]n sexual\b/],
  distress: [
    /\bayuda\b/,
    /\bauxilio\b/,
    /\bsocorro\b/,
    /\bestoy en crisis\b/,
    /\bay[uú]dame/,
    /\bemergencia/,
    /\bpeligro\b/,
    /\bno aguanto/,
  ],
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

/**
 * True when a line can help in Spanish: a Spanish contact option, or Spanish among its languages. The
 * Spanish intro says "hay ayuda en español" only when a line on the card backs it.
 */
export function offersSpanish(resource: {
  languages: readonly string[];
  contacts: readonly { kind: string; language?: string | undefined }[];
}): boolean {
  return (
    resource.contacts.some((contact) => contact.language === 'es') || resource.languages.some((language) => /^spanish\b/i.test(language))
  );
}

/** The resource ids for a help card covering every kind found, each once. */
export function helpCardResources(kinds: readonly CrisisKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => helpFor[kind]))];
}
