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
 *
 * These patterns are tested against the query with its accents taken off (`folded`: "suicidó" becomes
 * "suicido", "daño" becomes "dano"), because many people type without them and JavaScript's `\b` treats
 * accented letters as non-word characters. Write every pattern here without accents. They cover first
 * and third person ("me quiero morir", "se quiere matar"), common spellings ("kiero", "matarce",
 * "suisidio") and leave out ordinary searches that share words with them ("ayuda mutua", "abuso de
 * sustancias", "violación de la confidencialidad", "se cortó el pelo", "no responde mis mensajes").
 */
const spanishSignals: Record<CrisisKind, RegExp[]> = {
  suicide: [
    // Spanish forms only: a bare "suicid" would call English "suicide" Spanish and put Spanish options first.
    // "se suicidó", "suicidios", "pensamientos suicidas", "suisidarme"; not English "suicidal" or "suicide".
    /\bsui?[csz]id(ios?|as?|ar|arme|arse|arte|arnos|o|aron|ado|ada)(?![a-z])/,
    /\b(quiero|quiere|quieren|queria|quisiera|kiero|qiero|keria|ganas de|deseo|desea) morir(me|se|te)?\b/,
    /\b(quiero|quiere|quisiera|kiero|prefiero|prefiere|deseo|desea) (estar |mejor )?muert[oa]s?\b/,
    /\bojala (me muriera|me muera|estuviera muert|no despert)/,
    /\bno (quiero|quiere|quieren|kiero|qiero) (seguir )?(vivir|viviendo|despertar)\b/,
    /\bno (tengo|tiene|hay) (razon|razones|motivos?|ganas|para que) (de |para )?(vivir|seguir viviendo)\b/,
    /\bno vale la pena (vivir|seguir viviendo)\b|\bcansad[oa]s? de vivir\b|\bvida no tiene sentido\b|\bsin esperanzas?\b/,
    // "Me amenaza con matarme" is a threat from someone else (violence); "amenazó con matarse" is suicide.
    /(?<!amenaz\w{0,4} (con|de) )\bmatarme\b|\bmatar(se|ce)\b/,
    /\bme (quiero|kiero|qiero|voy a|boy a|intente|trate de) matar\b|\bse (quiere|va a|quiso|queria|intento|trato de) matar\b/,
    /\bse mato\b/,
    /\bquit(ar|arme|arse|arte|arnos|o|e|ando|andome|andose)( la)? vida\b/,
    /\b(acabar|terminar|poner fin a|ponerle fin a) (con )?(mi|su|tu) (propia )?vida\b/,
    /\b(acabar|terminar|acabe|termine)(lo)? con todo\b(?! (el|la|los|las|mi|tu|su|lo que)\b)|\b(acabarlo|terminarlo) todo\b/,
    /\bdormir(me)? (para siempre|y no despertar)\b/,
    /\bmejor sin mi(?! [a-z])/,
    /\bpensamientos (de (muerte|morir|matarme|quitarme la vida))\b/,
    // Self-harm, not "me corté el pelo" or "se cortó la leche".
    /\bhacer(me|se|te) dano\b|\bme (hago|estoy haciendo) dano\b|\bse (hace|hizo|esta haciendo) dano\b/,
    /\blastimar(me|se)\b|\bme (lastimo|estoy lastimando)\b|\bse esta lastimando\b/,
    /\b(me|se) (corto|corte|cortaba|cortan|esta cortando|estoy cortando)\b(?! (el|la|las|los|mi|su|sus|mis) (pelo|cabello|barba|unas|fleco|dedo|leche|pasto|luz|cuerda))/,
    /\bcortar(me|se)\b(?! (el|la|las|los|mi|su) (pelo|cabello|barba|unas|fleco|dedo|pasto))/,
    /\bcortes? en (los|sus|mis|el|su|mi) (brazos?|piernas?|munecas?)\b|\b(las )?venas\b.{0,15}\bcort|\bcort\w* las venas\b/,
    /\bauto ?lesi?on/,
    /\b(ahorcar|colgar)(me|se)\b|\b(me|se) (ahorco|ahorque|ahorca)\b/,
    /\b(pegar|dar|meter)(me|se) un (tiro|balazo)\b|\b(me|se) (\w+ ){0,2}(pegar|dar|meter|pego|doy|dio|meto) un (tiro|balazo)\b|\bdisparar(me|se)\b|\bvolar(me|se) (la cabeza|los sesos)\b/,
    /\b(tirar|aventar|lanzar|botar)(me|se) (de|desde|del|al|a la|a las|a los|frente al?)\b.{0,20}(puente|edificio|techo|azotea|tren|metro|vias|carro|camion|balcon|ventana|piso)/,
    // Meaning to overdose, and how many pills would kill: a thought of suicide.
    /\b(quiero|quiere|voy a|va a|pienso|piensa|planeo) (tener una |darme una |darse una |hacerme una |una )?sobre ?do[sc]is\b|\bsobre ?do[sc]is (a proposito|intencional)/,
    /\bcuant[oa]s? .{0,30}(para morir|para matarme|para matarse|para no despertar|es mortal|son mortales)\b|\bdosis (letal|mortal)\b/,
    // Too many pills may be an attempt as well as an overdose: both cards.
    /\b(tomo|tome|tomar|tomarme|tomarse|trago|trague|tragar|tragarse|tragarme|tomado|tragado) (muchas|muchisimas|todas (las|sus|mis)|un (bote|frasco|monton|punado|puno|chingo|bonche) de|una caja de|toda la caja de|todo el (frasco|bote) de|demasiadas|varias cajas de) (\w+ )?(pastillas|pastas|medicinas|medicamentos|pildoras|tabletas|capsulas|xanax|benzos?|clonazepam|rivotril)\b/,
    /\b(se tomo|me tome|tomo|tome|se trago|me trague|trago|trague) (demasiad[oa]s?|de mas)\b(?! (tiempo|rato|en|cafe|agua|trabajo)\b)/,
  ],
  overdose: [
    /\bsobre ?do[sc]is\b/,
    /\bno (esta )?(respira|respirando)\b|\bdej(o|a) de respirar\b|\bno puede respirar\b|\brespira (muy )?(lento|despacio|raro|poquito)\b/,
    /\bno (se )?despierta\b|\bno (lo|la|le) (puedo|podemos) despertar\b|\bno puedo despertar(lo|la|le)\b/,
    /\bno (reacciona|responde(?! (a )?(mis|los|sus|tus|mi|el|la|las) (mensajes?|llamadas?|textos?|correos?|whatsapp|preguntas?)))\b/,
    /\binconsciente\b|\bdesmayad[oa]\b|\bse desmay(o|a)\b|\bperdi(o|do) el (conocimiento|sentido)\b/,
    /\blabios (azules|morados)\b|\b(cara|boca|unas|dedos) (morad|azul)/,
    /\b(esta|estan|se puso|se pone|se esta poniendo|se ve|se le puso|se le pusieron) (muy )?(morad[oa]s?|azul(es)?)\b/,
    /\bnaloxona\b|\b(como|donde|conseguir|usar|ponerle|aplicar|darle) (el |la )?narcan\b/,
    /\bconvulsiones\b|\bconvulsion(ando|o|ar|a)\b|\b(una|la|le dio|tiene|tuvo) (una )?convulsion\b|\bataque (epileptico|de epilepsia)\b/,
    /\balucin(a|ando|aciones|acion|o)\b/,
    /\b(intoxicacion|envenenamiento) (por|con|de) (alcohol|pastillas|drogas)\b|\bcongestion alcoholica\b|\bcoma etilico\b/,
    /\b(tomo|tome|tomar|tomarme|tomarse|trago|trague|tragar|tragarse|tragarme|tomado|tragado) (muchas|muchisimas|todas (las|sus|mis)|un (bote|frasco|monton|punado|puno|chingo|bonche) de|una caja de|toda la caja de|todo el (frasco|bote) de|demasiadas|varias cajas de) (\w+ )?(pastillas|pastas|medicinas|medicamentos|pildoras|tabletas|capsulas|xanax|benzos?|clonazepam|rivotril)\b/,
    /\b(se tomo|me tome|tomo|tome|se trago|me trague|trago|trague) (demasiad[oa]s?|de mas)\b(?! (tiempo|rato|en|cafe|agua|trabajo)\b)/,
    // Pills with alcohol, and a stimulant emergency: 911.
    /\b(mezcl\w*|con) .{0,20}\b(xanax|benzos?|pastillas|clonazepam|alprazolam|rivotril)\b.{0,20}\b(alcohol|cerveza|tequila|vodka|licor|tragos)\b|\b(alcohol|cerveza|tequila|vodka)\b.{0,20}\b(xanax|pastillas|clonazepam|alprazolam|rivotril)\b/,
    /\b(cocaina|coca|cristal|metanfetamina|perico|fentanilo|xilacina)\b.{0,30}(dolor de pecho|le duele el pecho|convulsi|corazon (muy )?acelerado|muy caliente)|\b(dolor de pecho|le duele el pecho)\b.{0,30}\b(cocaina|cristal|metanfetamina|perico)\b/,
  ],
  violence: [
    /\bviolencia (domestica|familiar|intrafamiliar|de pareja|de genero)\b/,
    /\b(me|nos) (pega|golpea|maltrata|pego|golpeo|pegaba|golpeaba|maltrataba|maltrato|lastima|lastimo|lastimaba|ahorca|ahorco|estrangula|estrangulo|empuja|empujo|patea|pateo|amenaza|amenazo|amenazaba|hace dano|hizo dano|hacia dano)\b/,
    /\b(le|la|lo|les|las|los|te) (pega|golpea|maltrata|pego|golpeo|pegaba|golpeaba|maltrataba|ahorca|ahorco|estrangula|estrangulo|amenaza|amenazo)\b/,
    /\bmaltrato\b/,
    // Abuse, not "abuso de sustancias" or "abuso sexual" (which is its own kind).
    /\babus(a|o|aba|aron|ando|ador|adora|ivo|iva)\b(?! (sexual|de (sustancias|drogas|alcohol|medicamentos|opioides|poder|confianza)))/,
    // A threat against the searcher or someone else; "amenazó con suicidarse" is about suicide.
    /\bamenaz\w* (con|de) (matar(me|te|la|lo|nos|los|las| a)|lastimar(me|te|la|lo|nos| a)|pegar(me|te|le|nos)|golpear(me|te|la|lo|nos)|disparar|un cuchillo|una navaja|una pistola|un arma|un machete)/,
    /\b(me|nos|te|la|lo|los|las|le) (quiere|quieren|va a|van a|iba a|queria|amenazo con) (matar|pegar|golpear|lastimar|hacer dano)\b/,
    /\b(lo|la|los|las|te) (voy|vamos|va|van) a matar\b|\b(voy|va|van|vamos) a matar(lo|la|los|las|te)\b|\b(quiero|quiere) matar(lo|la|los|las|te)\b|\b(quiero|quiere|voy a|va a) matar a (mi|mis|su|sus|alguien|todos|el|ella)\b/,
    /\b(miedo|terror) (a|de) (mi|su) (esposo|esposa|pareja|novio|novia|marido|mujer|ex|papa|padre|padrastro|mama|madre|madrastra|hermano|hermana|hijo|hija|familia|suegro|suegra|companero de cuarto)\b/,
    /\bno (estoy|me siento|estamos|esta|es) segur[oa]s? en (mi |la |su )?casa\b|\bpeligro en (mi |la |su )?casa\b/,
    /\bme (acosa|persigue|vigila|espia|sigue a todas partes)\b|\bacosador(a)?\b/,
  ],
  // A weapon may be turned on someone else or on oneself: 911, the 988 Lifeline and the DV Hotline.
  weapon: [
    /\b(tiene|trae|tenia|traia|saco|agarro|compro|esconde|guarda\w*|anda con|cargando|con) (un|una|el|la|su|mi|sus|mis) (arma|armas|pistola|cuchillo|navaja|rifle|escopeta|machete|revolver|cuerno de chivo)\b/,
    /\b(mi|su|tu) (pistola|arma|rifle|escopeta|revolver)\b|\barmas? de fuego\b|\barmas? en (la|mi|su) casa\b/,
  ],
  'sexual-assault': [
    // Not "violación de la libertad condicional" or "violación de la confidencialidad".
    /\bviolacion\b(?! (de|a) (la |las |los |el |mi |su |sus |tu )?(libertad|condicional|probatoria|orden|ordenes|ley|leyes|reglas?|derechos?|normas?|privacidad|confidencialidad|limites?|contrato|acuerdo|parole|probation|terminos|etica|codigo))/,
    /\b(me|la|lo|te|nos|los|las) (violo|violaron|violaba|quiso violar|intento violar|trato de violar)\b/,
    /\b(fue|fui|fuimos|fueron|ha sido|he sido) violad[oa]s?\b/,
    /\b(abuso|agresion|asalto|ataque) sexual\b|\babusaron sexualmente\b|\babuso sexualmente\b/,
    /\bme (manosea|manoseo|manoseaba)\b|\bme (forzo|obligo|obligaron|forzaron) a tener (sexo|relaciones)\b|\b(sexo|relaciones) (sin (mi )?consentimiento|a la fuerza)\b/,
  ],
  distress: [
    /\bayuda\b(?! mutua)/,
    /\bauxilio\b/,
    /\bsocorro\b/,
    /\bestoy en crisis\b|\blinea de crisis\b/,
    /\bay[uo]d(ame|enme|eme|ame por favor)\b/,
    /\bemergencia/,
    /(?<!senales de |senal de |factores de )\bpeligro\b/,
    /\bno aguanto\b/,
    /\bno puedo mas\b/,
    /\bno quiero seguir\b/,
    /\bmiedo (de|a) (mi mism[oa]|lo que (pueda|puedo|podria) hacer(me)?|mis (propios )?pensamientos)\b/,
    /\bno (veo|hay|tengo|le veo) salida\b|\bsin salida\b/,
  ],
};

const kinds = Object.keys(signals) as CrisisKind[];

function plain(query: string): string {
  return query.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The query without accents (and ñ as n), for the Spanish signals: people often type "dano", "suicido". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function spanishMatch(kind: CrisisKind, text: string): boolean {
  const bare = folded(text);
  return spanishSignals[kind].some((pattern) => pattern.test(bare));
}

/** Which kinds of crisis a query suggests, most urgent first (an empty list for an ordinary query). */
export function detectCrisis(query: string): CrisisKind[] {
  const text = plain(query);
  if (!text) return [];
  return kinds.filter((kind) => signals[kind].some((pattern) => pattern.test(text)) || spanishMatch(kind, text));
}

/** True when the words that suggest danger are Spanish, so the help card leads with the Spanish options. */
export function isSpanishCrisis(query: string): boolean {
  const text = plain(query);
  return kinds.some((kind) => spanishMatch(kind, text));
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
