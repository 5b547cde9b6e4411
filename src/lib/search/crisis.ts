/**
 * Crisis-aware search: when what someone types suggests danger, the help that fits is shown above
 * the results. Matching is deliberately generous: a needless help card costs little, a missed one
 * could cost a life. The list is tested in tests/unit/search-crisis.test.ts.
 */
export type CrisisKind = 'suicide' | 'overdose' | 'violence' | 'weapon' | 'sexual-assault' | 'distress';

const signals: Record<CrisisKind, RegExp[]> = {
  suicide: [
    /suicid/,
    /kill(ing)? (my|him|her|them)sel(f|ves)/,
    /\bwant(s|ed|ing)? to die\b/,
    /\b(wish|wishes) (i|he|she|they) (was|were) dead\b/,
    /\bend (my|his|her|their) life\b/,
    /\bend it all\b/,
    /better off without (me|him|her|them)/,
    /no reason to live/,
    /self[- ]?harm/,
    // Not "cutting back on drinking", "cutting down" or "cutting ties with family".
    /\bcutting\b(?! (back|down|ties|out|off|corners))/,
    /hang(ing)? (my|him|her|them)sel/,
    /\bdon'?t want to (live|be here)\b/,
    /\bhopeless\b/,
    /\bwanna die\b/,
    /\b(take|taking|end|ending) (my|his|her|their) (own )?life\b/,
    /\b(shoot|shot|hang|cut|cutting) (my|him|her|them)sel(f|ves)\b/,
    /\bcan'?t go on\b/,
    /\bkms\b/,
    /\b(want|wants|wanted|going|gonna|talking about|thinking about|thinks about) (to )?end(ing)? it\b/,
    /\b(hurt|hurting|harm|harming) (my|him|her|them)sel(f|ves)\b/,
    // Meaning to overdose is a thought of suicide (and often a search for a method): the 988 card too.
    /\b(want|wants|wanted|wanting|going|gonna|planning|plan|thinking (of|about)|trying) (to )?(overdos\w*|od)\b/,
    /\b(overdos\w*|od'?d|od) on purpose\b|\bintentional(ly)? (overdos|od)/,
    /\bhow (many|much) .{0,30}\b(to (die|overdose|od)|would kill|is lethal)\b|\blethal dose\b/,
    /\bdon'?t want to be alive\b/,
    /\bno (point|reason) (in )?living\b/,
    /\bunalive\b/,
    /\b(cut|cuts|cutting|slit|slitting) (my|his|her|their) wrists?\b/,
    /\bjump(ing)? (off|from|in front of) (a|the) (bridge|building|roof|train)\b/,
    // Too many pills may be an attempt as well as an overdose: both cards.
    /\b(took|taken|swallowed) too (many|much)\b/,
    /\b(took|taken|swallowed|take|taking) (a (bunch|lot|handful|whole bottle) of|a bottle of|all (of )?(my|his|her|their|the)) .{0,20}?(pills|meds|medicine|tablets|xanax|tylenol|benzos?|bars|oxy\w*|percs?)\b/,
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
    /\bnot waking( up)?\b/,
    /\bunconscious\b/,
    /\b(not|isn'?t|won'?t) respond/,
    /\b(turning|looks|is|he'?s|she'?s) blue\b/,
    /\b(took|taken|swallowed) too (many|much)\b/,
    /\b(took|taken|swallowed|take|taking) (a (bunch|lot|handful|whole bottle) of|a bottle of|all (of )?(my|his|her|their|the)) .{0,20}?(pills|meds|medicine|tablets|xanax|tylenol|benzos?|bars|oxy\w*|percs?)\b/,
    // Severe withdrawal (possible delirium tremens) needs 911, so it gets the card whose first step says so.
    /\bdelirium tremens\b|\bdts\b|\bhallucinat/,
    // Pills with alcohol, and a stimulant emergency (chest pain, seizure, overheating): 911.
    /\b(mix(ed|ing)?|with) .{0,20}\b(xanax|benzos?|bars|pills)\b.{0,20}\b(alcohol|drinking|vodka|liquor)|\b(alcohol|drinking)\b.{0,20}\b(xanax|benzos?|pills)\b/,
    /\b(cocaine|meth|stimulant|xylazine|fentanyl)\b.{0,30}\b(chest pain|seizure|overheat|too hot|racing heart)|\b(chest pain|seizure)\b.{0,30}\b(cocaine|meth)\b/,
  ],
  violence: [
    /domestic violence/,
    /\babus(e|ed|ive|ing)\b/,
    /\b(hits|hit|beats|beat|hurts|hurt|chokes|choked|threatens|threatened) (me|her|him|them)\b/,
    /unsafe at home/,
    /not safe at home/,
    /\bstalk/,
    // A threat to hurt someone: the card leads with 911. "Threatening to kill himself" is about suicide and
    // is left to the suicide signals; "non-threatening", "I feel threatened" or "threatened with eviction"
    // are ordinary searches.
    /\bthreat(en|ens|ened|ening) (me|us|him|her|them|my|his|their|to (kill|hurt|harm|shoot|stab) (me|us|him|her|them|someone|somebody|my|his|their))\b/,
    /(\bgoing to|\bgonna|\bwants? to|\bwill|'ll|\bsaid (he|she|they)'?d|\btrying to) (kill|hurt|shoot|stab) (me|us|him|her|them|someone|somebody|people)\b/,
    // Afraid of a person at home, not of "my cravings", "my feelings" or "my first meeting".
    /\b(scared|afraid|terrified) of (my|her|his|their) (partner|husband|wife|spouse|boyfriend|girlfriend|ex|dad|father|stepdad|mom|mother|stepmom|brother|sister|son|daughter|family|roommate)\b/,
  ],
  // A weapon may be turned on someone else or on oneself ("how to store a gun safely" is lethal-means
  // safety): the card has 911, the 988 Lifeline and the Domestic Violence Hotline.
  weapon: [/\b(a|my|his|her|their) (gun|pistol|rifle|knife|weapon)\b/],
  'sexual-assault': [/\brap(e|ed)\b/, /sexual(ly)? assault/, /sexual abuse/],
  // Afraid of one's own thoughts may be suicidal thinking: 911, the 988 Lifeline and Crisis Text Line.
  distress: [/\b(scared|afraid) of (myself|my (own )?thoughts|what i might do)\b/],
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
    // "se suicidó", "suicidios", "suicidarnos"; not English "suicidal".
    /\bsuicid(?:ios?|as?|ar(?:me|se|te|nos)?|ó|aron)(?![a-zñáéíóú])/,
    /\b(quiero|quiere|quieren|quisiera) morir/,
    /\bmatar(me|se)\b/,
    /\bme (quiero|voy a) matar\b/,
    /\bno (quiero|quiere) vivir\b/,
    /\bhacer(me|se|te) da[nñ]o/,
    /\bse (cort[oó]|est[aá] cortando)/,
    /\bse (quiere|va a) matar/,
    /\bquitar(me|se|te)? la vida/,
    /\bganas de morir/,
    /\b(tom[oó]|se tom[oó]|me tom[eé]|tomar) (muchas|todas las|un bote de|demasiadas) (pastillas|pastas|medicinas|pildoras|píldoras)/,
  ],
  overdose: [
    /sobredosis/,
    /\bno respira\b/,
    /\bno (se )?despierta/,
    /\bnaloxona\b/,
    /\bno reacciona/,
    /\blabios (azules|morados)/,
    /\b(tom[oó]|se tom[oó]|me tom[eé]|tomar) (muchas|todas las|un bote de|demasiadas) (pastillas|pastas|medicinas|pildoras|píldoras)/,
  ],
  violence: [
    /violencia (doméstica|domestica|familiar)/,
    /\bme (pega|golpea|maltrata)\b/,
    /\bmaltrato\b/,
    /\bme (golpe|peg|amenaz)/,
    /\bme (quiere|va a|van a) matar/,
  ],
  weapon: [/\b(tiene|trae) (un arma|una pistola|un cuchillo)/],
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
    /\bno puedo m[aá]s/,
    /\bno quiero seguir/,
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
  weapon: ['emergency-911', '988-lifeline', 'domestic-violence-hotline'],
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

/**
 * Lines that fit only some people in danger: Poison Help is for someone awake and breathing. Its Spanish
 * service does not back "hay ayuda en español" on a card, or an overdose card would promise Spanish help
 * that the person who is not breathing cannot use.
 */
const partialLines = new Set(['poison-help']);

/** True when a line on the card that fits everyone it is shown for can help in Spanish. */
export function cardOffersSpanish(lines: readonly { id: string; spanish: boolean }[]): boolean {
  return lines.some((line) => line.spanish && !partialLines.has(line.id));
}
