/**
 * The safety rubric (docs/safety-rubric.md) as checks on a role-play script. A script declares the
 * risks it touches; each risk names what every path to a `strong` ending must do, and the choices
 * and endings on that path say which of those things they do (`actions`). An action's words are
 * checked too, so a tag cannot claim what its line does not say.
 *
 * Problems carry the field path and name the node and the rule, like the graph checks, so the build
 * and the tests point an author at the line to fix.
 */
import { allPaths, type GraphScript } from '../roleplay/graph';

export const riskIds = [
  /** Warning signs of suicide without a disclosure: the strong path asks the direct question. */
  'suicide-warning-signs',
  /** The person says they are thinking of suicide: ask, ask how and when, make means safe, connect, supervisor now. */
  'suicide',
  /** An overdose is happening: 911, naloxone, CPR if not breathing, stay. */
  'overdose',
  /** Raised risk of overdose (a return to use, using alone): never use alone, someone who can give naloxone. */
  'overdose-risk',
  /** Violence at home or threats to others. */
  'violence',
  /** Alcohol or benzodiazepine withdrawal: a medical emergency, never stop suddenly alone. */
  'withdrawal',
  /** A person who is intoxicated or agitated. */
  'intoxication',
] as const;
export type RiskId = (typeof riskIds)[number];

/** What a mentor's line (or an ending's closing narrative) does, for the rubric's checks. */
export const safetyActionIds = [
  'asks-about-suicide',
  'asks-plan-or-timing',
  'asks-past-attempt',
  'asks-substance-use',
  'means-safety',
  'contacts-988',
  'calls-911',
  'involves-supervisor',
  'cpr',
  'overdose-safety',
  'asks-safe-to-talk',
  'medical-help',
  'de-escalates',
] as const;
export type SafetyActionId = (typeof safetyActionIds)[number];

/**
 * The words for each action, in English and in Spanish (issue #20: the Spanish edition's role-plays are
 * held to the same rubric, so `actions` in a Spanish line are checked against Spanish words). A line says
 * an action if either pattern matches, so a Spanish line may also use a service's English name ("Never
 * Use Alone", "Lifeline"). JavaScript's `\b` knows only ASCII letters ("recaí", "está" end in a letter it
 * does not know), so the Spanish patterns mark a word's edges with `\p{L}` under the `u` flag instead.
 */
interface Words {
  en: RegExp;
  es: RegExp;
  /** What the words are, for a message, where the patterns are too long to read. */
  what?: string;
}
/**
 * A Spanish pattern whose alternatives are whole words (or, ending in `\p{L}*`, a word's start). They are
 * written not to match an English word the English list leaves out on purpose: "médico" keeps its accent,
 * so an English line that only says "medication" is still not medical help.
 */
const spanish = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
const saysWords = (words: Words, text: string) => words.en.test(text) || words.es.test(text);
const showWords = (words: Words) => words.what ?? `${words.en} or, in Spanish, ${words.es}`;

/**
 * Making the means safe takes both: what someone might use, and words for putting it out of reach (locked,
 * taken out of the home, held by someone else) or for not parting while they can reach it. Either alone is
 * not enough: "I'll keep it between us" and "te prometo guardar el secreto" name no means, and "do you have
 * a gun?" puts nothing out of reach.
 */
const means = 'guns?|firearms?|ammunition|bullets|pills|medications?|medicines?|weapons?|knife|knives';
const outOfReach =
  'lock|locks|locked|store|stored|storage|lockbox|gun safe|hold on to|holding|out of (?:the|your|his|her|their) (?:house|home|place)|' +
  "to (?:his|her|their|a relative's) place|away from|(?:come|go|comes|goes) (?:and |to )?(?:take|get|collect|pick up)|collects?|not leaving you|won't leave you";
const meansEs = 'pistolas?|armas?|balas|municiones|escopetas?|rifles?|pastillas|medicamentos?|medicinas?|cuchillos?|navajas?';
const outOfReachEs = [
  '(?:bajo|con)\\s+llave|candados?|caja\\s+fuerte|fuera\\s+de\\s+(?:(?:la|tu|su)\\s+)?(?:casa|alcance)|lejos\\s+de',
  // someone takes it away: "sacar la pistola y las balas de tu casa", "que se lleve la pistola a su casa"
  'sac(?:ar|a|an|ó|aron|arla|arlas|arlo|arlos)(?:\\s+\\p{L}+){0,6}?\\s+de\\s+(?:la|tu|su)\\s+casa',
  '(?:venir|vengan?|viene|ir|vaya|va|pasar|pase)(?:\\s+\\p{L}+){0,2}?\\s+(?:por|a\\s+recoger)|recog\\p{L}*|se\\s+(?:(?:la|las|lo|los)\\s+)?llev\\p{L}*|llév(?:ate|ese)(?:la|las|lo|los)?|a\\s+(?:su|otra)\\s+casa|en\\s+otro\\s+lugar',
  // not parting while they can reach it: "no te voy a dejar… con esa pistola"
  'no\\s+te\\s+(?:voy\\s+a\\s+dejar|dejo)',
].join('|');
/** Both patterns must match somewhere in the text: a lookahead for each, from the start. */
const both = (first: string, second: string, edge: (words: string) => string, flags: string) =>
  new RegExp(`^(?=[\\s\\S]*?${edge(first)})(?=[\\s\\S]*?${edge(second)})`, flags);
const englishWord = (words: string) => `\\b(?:${words})\\b`;
const spanishWord = (words: string) => `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`;

/**
 * Killing oneself in Spanish. "Matarte" is also "to kill you", so the pronoun must agree with the verb:
 * "¿estás pensando en matarte?" and "me quiero matar" count, a threat ("quiere matarte") does not; nor
 * does "te vas a matar" or "se va a matar", said of someone driving drunk.
 */
const killSelfEs = [
  '(?:quiero|pienso(?:\\s+en)?|estoy\\s+pensando\\s+en|voy\\s+a)\\s+matarme|me\\s+(?:quiero|voy\\s+a)\\s+matar',
  '(?:quieres|piensas(?:\\s+en)?|estás\\s+pensando\\s+en)\\s+matarte|te\\s+quieres\\s+matar',
  '(?:quiere|piensa(?:\\s+en)?|está\\s+pensando\\s+en)\\s+matarse|se\\s+quiere\\s+matar',
].join('|');
/** "Me voy a quitar la vida", "¿te quieres quitar la vida?", "se quitó la vida": the pronoun before the verb. */
const takeOwnLifeEs =
  '(?:me|te|se)\\s+(?:(?:voy|vas|va|iba|ibas|quiero|quieres|quiere|quería|querías|pienso|piensas|piensa|puedo|puedes|puede)\\s+(?:a\\s+)?)?quit\\p{L}*\\s+la\\s+vida';
/** Suicide in plain Spanish words: "¿Estás pensando en suicidarte?", "…en quitarte la vida?", "…en matarte?". */
const suicideEs =
  `suicid\\p{L}*|${killSelfEs}|quit(?:arte|arse|arme)\\s+la\\s+vida|${takeOwnLifeEs}|(?:acabar|terminar)\\s+con\\s+(?:tu|su|mi)\\s+(?:propia\\s+)?vida|` +
  'poner\\s+fin\\s+a\\s+(?:tu|su|mi)\\s+vida';

/** The words a line must contain to carry each action tag. */
const actionWords: Record<SafetyActionId, Words> = {
  'asks-about-suicide': {
    en: /\bkill(ing)? (yourself|himself|herself|themselves)\b|\bend(ing)? (your|his|her|their) (own )?life\b|\bsuicid/i,
    es: spanish(suicideEs),
  },
  // How they would do it, or when: "how" and "when" alone ("How are you today?", "When you say…") are not.
  'asks-plan-or-timing': {
    en: /\b(plan|plans|planned|planning|method|timing|how soon|when (would|will|are|were) you)\b|\bhow\b[^?]{0,40}\bdo (it|that|this)\b|\b(do|doing) (it|that|this)\b[^?]{0,40}\b(tonight|today|tomorrow|soon|this week|right now)\b/i,
    es: spanish(
      'plan(?:es)?|planeado|planeas|qué\\s+tan\\s+pronto|(?:cómo|cuándo)\\s+(?:lo\\s+)?(?:har\\p{L}*|hac\\p{L}*|piensas|planeas|vas\\s+a)|' +
        '(?:hacerlo|lo\\s+har\\p{L}*|lo\\s+hag\\p{L}*|lo\\s+vas\\s+a\\s+hacer)(?:\\s+\\p{L}+){0,3}?\\s+(?:esta\\s+noche|hoy|mañana|pronto|esta\\s+semana|ahora(?:\\s+mismo)?|ahorita)',
    ),
  },
  // "Intento" is a past attempt only as a noun ("algún intento"): "¿lo intento?" is "shall I try?".
  'asks-past-attempt': {
    en: /\b(tried|attempt|attempted)\b/i,
    es: spanish('intent(?:os|ado|aste|ó)|(?:un|algún|ningún|otro|el|tu|su|ese|aquel|último|primer)\\s+intento'),
  },
  'asks-substance-use': {
    en: /\b(drinking|drink|drank|using|used|alcohol|drugs?|pills)\b/i,
    es: spanish(
      'beb(?:iendo|ido|er|es|iste)|tom(?:ando|ado|ar|as|aste)(?!\\s+(?:(?:tus|tu|sus|su|la|las|el|los)\\s+)?(?:medicinas?|medicamentos?|medicación|tratamiento))|consum(?:iendo|ido|ir|es|iste)|us(?:ando|ado)|alcohol|drogas?|pastillas|cervezas?|tragos?',
    ),
  },
  'means-safety': {
    en: both(means, outOfReach, englishWord, 'i'),
    es: both(meansEs, outOfReachEs, spanishWord, 'iu'),
    what:
      `both a means (${means.replaceAll('|', ', ')}) and a way to put it out of reach (${outOfReach.replaceAll('|', ', ')}); ` +
      `in Spanish, a means (${meansEs.replaceAll('|', ', ')}) and a way to put it out of reach (bajo llave, candado, caja fuerte, ` +
      'fuera de la casa, fuera de su alcance, que alguien venga por ella o se la lleve, no te voy a dejar…)',
  },
  'contacts-988': { en: /\b988\b|Lifeline/i, es: spanish('988|L[ií]nea\\s+de\\s+Prevenci[oó]n\\s+del\\s+Suicidio') },
  'calls-911': {
    en: /\b911\b|emergency services|ambulance|paramedics/i,
    es: spanish('911|servicios\\s+de\\s+emergencias?|ambulancias?|param[eé]dic\\p{L}*|llam\\p{L}*\\s+a\\s+emergencias'),
  },
  'involves-supervisor': { en: /\bsupervisor\b/i, es: spanish('supervisor(?:a|es|as)?') },
  cpr: { en: /\bCPR\b|chest compressions/i, es: spanish('RCP|compresiones') },
  // Spanish "solo" is also "only" ("si no respira o solo jadea"), so it counts only as "alone" after a verb of
  // using, being, staying, living or leaving: "no consumas solo", "nunca uses a solas", "que no estés sola".
  'overdose-safety': {
    en: /\balone\b|Never Use Alone/i,
    es: spanish(
      '(?:consum(?:a|as|e|es|en|ir|irla|irlo)|us(?:a|as|e|es|en|ar|arla|arlo)|hag(?:a|as|an)|hacerlo|inyect\\p{L}*|fum(?:a|as|e|es|ar)|' +
        'est(?:á|ás|é|és|ar|ará|arás|aría|arías|uviera|uvieras)|qued(?:a|as|e|es|ar|arte|arse|ará|arás)|viv(?:e|es|ir|en)|' +
        'dej(?:o|a|e|es|ar|arte|arlo|arla|aré|ará))\\s+(?:sol[oa]s?|a\\s+solas)|sin\\s+nadie',
    ),
  },
  // "Seguro" is also "sure" ("¿estás segura de que…?") and "insurance" ("seguro médico"): it counts only as
  // "safe to…", a safe place, or feeling or being safe somewhere.
  'asks-safe-to-talk': {
    en: /\bsafe\b/i,
    es: spanish(
      'a\\s+salvo|sin\\s+peligro|sin\\s+riesgo|(?:es|sea|será|sería)\\s+seguro(?!\\s+que)|lugar\\s+seguro|(?:te\\s+)?sient\\p{L}*\\s+segur[oa]s?|' +
        'est(?:ás|á|és|é|ar)\\s+segur[oa]s?(?=\\s+(?:en|ahí|allí|aquí|allá|acá|con)(?![\\p{L}]))',
    ),
  },
  'medical-help': {
    en: /\b(doctor|medical|911|(?<!\b(?:not|isn't|is not|no) an? )emergency|detox|clinic|nurse|hospital|prescriber)\b/i,
    es: spanish(
      'médic(?:o|a|os|as)|doctor(?:a|es|as)?|911|(?<!no\\s+(?:es|era|sea|parece)\\s+(?:una\\s+)?)emergencias?|desintoxicaci[oó]n|cl[ií]nicas?|enfermer\\p{L}*|hospital(?:es)?|receta|recet[oó]|Poison\\s+Help',
    ),
  },
  'de-escalates': {
    en: /\b(calm|slow|sit|space|breathe|quiet|step outside|take a break|water)\b/i,
    es: spanish(
      'calma|tranquil(?![ií]z)\\p{L}*|despacio|si[eé]nt\\p{L}*|sentar\\p{L}*|sentad[oa]s?|espacio|respir\\p{L}*|salgamos|' +
        '(?:salimos|salir)(?:\\s+un\\s+(?:rato|momento))?\\s+(?:afuera|a\\s+tomar\\s+aire)|descanso|agua|distancia|voz\\s+baja',
    ),
  },
};

/**
 * Actions that ask something: the words must stand in a question, not only in the lead-in, so "people
 * who feel this flat sometimes think of ending their life. Any thoughts like that?" does not count as
 * asking plainly.
 */
const askedAsQuestion = new Set<SafetyActionId>([
  'asks-about-suicide',
  'asks-plan-or-timing',
  'asks-past-attempt',
  'asks-substance-use',
  'asks-safe-to-talk',
]);
/**
 * The questions in a line. Spanish opens a question with ¿, so there the question is what stands between
 * ¿ and ?: in "A veces la gente piensa en quitarse la vida, ¿te ha pasado?" the plain words are only in
 * the lead-in.
 */
const questionsIn = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => /\?["”’')»]*$/.test(sentence.trim()))
    .map((sentence) => sentence.slice(Math.max(0, sentence.lastIndexOf('¿'))));

/**
 * A leading question expects a "no": "You're not thinking of killing yourself, are you?", "No estarás
 * pensando en suicidarte, ¿verdad?", "¿No estarás pensando en…?". It does not ask plainly.
 */
const leadingQuestion = (question: string) =>
  /^[¿¡\s"“«(]*no(?![\p{L}])/iu.test(question) ||
  (/(?<![\p{L}])(?:no|nunca|not|never)(?![\p{L}])|n't(?![\p{L}])/iu.test(question) &&
    /,\s*¿?\s*(?:verdad|cierto|no|o\s+sí|are\s+you|do\s+you|would\s+you|will\s+you|were\s+you|have\s+you|right)\s*\?["”’')»]*\s*$/iu.test(
      question,
    ));

/** The Lifeline's name has "Suicide" ("Suicidio") in it; naming the line is neither asking nor talking about suicide. */
const lifelineNames = [
  /(?:National\s+)?Suicide\s+(?:&|and)\s+Crisis\s+Lifeline|(?:National\s+)?Suicide\s+Prevention\s+Lifeline/gi,
  /(?:988\s+)?L[ií]nea(?:\s+988)?\s+de\s+Prevenci[oó]n\s+del\s+Suicidio(?:\s+y\s+(?:la\s+)?Crisis)?/giu,
];
const withoutLifelineNames = (text: string) => lifelineNames.reduce((words, name) => words.replace(name, 'Lifeline'), text);

/** A shout is not de-escalation: "¡Tranquilo!" or "¡Vete afuera!" (an exclamation, in either language) does not count. */
const withoutExclamations = (text: string) =>
  text
    .replace(/¡[^¡!]*!/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/!["”’')»]*$/.test(sentence.trim()))
    .join(' ');

/** The words an action is judged on: without the Lifeline's name for the suicide question, without shouts for de-escalation. */
function judgedText(action: SafetyActionId, text: string): string {
  if (action === 'asks-about-suicide') return withoutLifelineNames(text);
  if (action === 'de-escalates') return withoutExclamations(text);
  return text;
}

/** True if the line says what the action claims (in a question, for the asking actions; a plain one, for suicide). */
function lineSays(action: SafetyActionId, line: string): boolean {
  const text = judgedText(action, line);
  if (!askedAsQuestion.has(action)) return saysWords(actionWords[action], text);
  return questionsIn(text)
    .filter((question) => action !== 'asks-about-suicide' || !leadingQuestion(question))
    .some((question) => saysWords(actionWords[action], question));
}

/** Each risk's rule: actions every path to a strong ending must include (`all`), or at least one of (`any`). */
interface RiskRule {
  all: SafetyActionId[];
  any?: SafetyActionId[];
  why: string;
}
const supervisor: SafetyActionId = 'involves-supervisor';
export const riskRules: Record<RiskId, RiskRule> = {
  'suicide-warning-signs': { all: ['asks-about-suicide', supervisor], why: 'warning signs of suicide call for the direct question' },
  suicide: {
    all: ['asks-about-suicide', 'asks-plan-or-timing', 'asks-past-attempt', 'asks-substance-use', 'means-safety', supervisor],
    any: ['contacts-988', 'calls-911'],
    why:
      'a person thinking of suicide is asked plainly, asked how and when, about past attempts and drinking or using, ' +
      'kept from the means, connected to 988 or 911, and the supervisor is called during the crisis',
  },
  overdose: { all: ['calls-911', 'cpr', supervisor], why: 'an overdose means 911, naloxone and CPR if not breathing or only gasping' },
  'overdose-risk': {
    all: ['overdose-safety', supervisor],
    why: 'naloxone cannot be self-given: never use alone, and someone nearby knows where the kit is',
  },
  violence: { all: ['asks-safe-to-talk', supervisor], why: 'violence calls for a safety check and the supervisor' },
  withdrawal: { all: ['medical-help', supervisor], why: 'alcohol or benzodiazepine withdrawal is a medical matter' },
  intoxication: { all: ['de-escalates', supervisor], why: 'an intoxicated or agitated person needs a calm response and the supervisor' },
};

/** Wanting to die is talk of suicide too (though asking "¿quieres morirte?" is not the plain question). */
const wishToDieEs =
  '(?:quiero|quieres|quiere|quería|quisiera|ganas\\s+de)\\s+morir(?:me|te|se)?|(?:me|te|se)\\s+(?:quiero|quieres|quiere|quería|quisiera)\\s+morir';

/** Words in a script that mean it touches a risk it must then declare. */
const riskSignals: { risk: RiskId[]; words: Words; what: string }[] = [
  {
    risk: ['suicide', 'suicide-warning-signs'],
    words: {
      en: /\bsuicid|\bkill(ing)? (yourself|myself|himself|herself)\b|\bend(ing)? (my|your|his|her) life\b|\b(want|wants|wanted|wanting) to die\b/i,
      es: spanish(`${suicideEs}|${wishToDieEs}`),
    },
    what: 'suicide',
  },
  // Naloxone or a person not breathing means the script teaches an overdose response; a passing
  // mention of "overdose risk" (stopping a medication, say) does not.
  {
    risk: ['overdose', 'overdose-risk'],
    words: {
      en: /\bnaloxone\b|\bNarcan\b|\bNever Use Alone\b|\bnot breathing\b|\bstopped breathing\b/i,
      es: spanish('naloxona|no\\s+respira|no\\s+est[aá]\\s+respirando|dej(?:ó|a|an|aron)\\s+de\\s+respirar'),
    },
    what: 'an overdose response',
  },
];

/**
 * "Hurting yourself" asks a different question than suicide; a mentor's line may not use it in place of
 * the plain words. In Spanish: "hacerte daño", "lastimarte", "hacer una tontería" ("no vas a hacer una
 * tontería, ¿verdad?"), "hacerte algo", and the pronoun before the verb: "¿te quieres hacer daño?", "¿te vas a
 * lastimar?", "¿te harías daño?". The verb agrees with "te" (tú) or "se", so someone else hurting the person
 * ("¿te hizo daño?", "¿él te lastimó?") is not a softened question.
 */
const softAux = '(?:quieres|quiere|vas\\s+a|va\\s+a|piensas|piensa|puedes|puede|podrías|podría|irías\\s+a|iría\\s+a)';
const softenedQuestion: Words = {
  en: /\bhurt(ing)? (yourself|himself|herself|themselves)\b/i,
  es: spanish(
    'hacer(?:te|se)\\s+daño|lastim(?:arte|arse)|' +
      `te\\s+(?:${softAux}\\s+(?:hacer\\s+daño|lastimar)|(?:haces|harás|harías|hagas)\\s+daño|lastim(?:as|arás|arías|es))|` +
      `se\\s+(?:${softAux}\\s+(?:hacer\\s+daño|lastimar)|(?:hace|hará|haría|haga)\\s+daño|lastim(?:a|ará|aría|e))|` +
      'hacer\\s+(?:una|alguna|ninguna)\\s+(?:tontería|locura)|hacer\\s+(?:algo|nada)\\s+(?:malo|tonto)|hacer(?:te|se)\\s+algo(?=\\s*[?.,!])',
  ),
};
const plainQuestion = actionWords['asks-about-suicide'];
/** A sentence of the line that leads ("…, ¿verdad?", "¿No estarás…?") and has the plain words in it. */
const leadingSuicideQuestion = (line: string) =>
  withoutLifelineNames(line)
    .split(/(?<=[.!?])\s+/)
    .some((sentence) => /\?["”’')»]*$/.test(sentence.trim()) && leadingQuestion(sentence) && saysWords(plainQuestion, sentence));

export interface SafetyChoice {
  id: string;
  line: string;
  feedback: string;
  recommended: boolean;
  next: string;
  actions: SafetyActionId[];
}
export interface SafetyNode {
  id: string;
  says: string;
  choices: SafetyChoice[];
}
export interface SafetyEnding {
  id: string;
  outcome: 'strong' | 'mixed' | 'missed';
  says: string;
  debrief: string;
  keyLearning: string;
  actions: SafetyActionId[];
}
export interface SafetyScript extends GraphScript {
  risks: RiskId[];
  premise: string;
  nodes: SafetyNode[];
  endings: SafetyEnding[];
}
export interface SafetyProblem {
  path: (string | number)[];
  message: string;
}

export function findSafetyProblems(script: SafetyScript): SafetyProblem[] {
  return [
    ...taggedWordsProblems(script),
    ...softenedQuestionProblems(script),
    ...undeclaredRiskProblems(script),
    ...strongPathProblems(script),
  ];
}

/** A tag must be backed by the words of its line, so the rubric cannot be met by labels alone. */
function taggedWordsProblems(script: SafetyScript): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  script.nodes.forEach((node, n) =>
    node.choices.forEach((choice, c) => {
      for (const action of choice.actions) {
        if (!lineSays(action, choice.line)) {
          const where = askedAsQuestion.has(action) ? ' in a question' : '';
          problems.push({
            path: ['nodes', n, 'choices', c, 'actions'],
            message:
              `node "${node.id}", choice "${choice.id}": tagged "${action}" but the line does not say it ` +
              `(expected words matching ${showWords(actionWords[action])}${where})`,
          });
        }
      }
    }),
  );
  script.endings.forEach((ending, e) => {
    for (const action of ending.actions) {
      if (!saysWords(actionWords[action], judgedText(action, `${ending.says} ${ending.debrief}`))) {
        problems.push({
          path: ['endings', e, 'actions'],
          message:
            `ending "${ending.id}": tagged "${action}" but neither what is said nor the debrief says it ` +
            `(expected ${showWords(actionWords[action])})`,
        });
      }
    }
  });
  return problems;
}

function softenedQuestionProblems(script: SafetyScript): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  script.nodes.forEach((node, n) =>
    node.choices.forEach((choice, c) => {
      // Softened words count unless the plain words are there too; a leading question about suicide
      // ("No estarás pensando en suicidarte, ¿verdad?") counts unless another question asks it plainly.
      const softened = saysWords(softenedQuestion, choice.line) && !saysWords(plainQuestion, choice.line);
      const leading = leadingSuicideQuestion(choice.line) && !lineSays('asks-about-suicide', choice.line);
      if (!softened && !leading) return;
      // A weaker option may model the softened question only if its coaching teaches the plain one.
      if (!choice.recommended && saysWords(plainQuestion, choice.feedback)) return;
      problems.push({
        path: ['nodes', n, 'choices', c, 'line'],
        message:
          `node "${node.id}", choice "${choice.id}": rule "ask plainly": the line asks about "hurting yourself" in place of suicide; ` +
          `ask "are you thinking about killing yourself?" ("¿estás pensando en suicidarte?")${choice.recommended ? '' : ' (or say so in the feedback)'}`,
      });
    }),
  );
  return problems;
}

const quoted = (text: string) => `"${text}"`;

function undeclaredRiskProblems(script: SafetyScript): SafetyProblem[] {
  const text = withoutLifelineNames(
    [
      script.premise,
      ...script.nodes.flatMap((node) => [node.says, ...node.choices.map((choice) => choice.line)]),
      ...script.endings.map((e) => `${e.says} ${e.debrief}`),
    ].join('\n'),
  );
  return riskSignals
    .filter((signal) => saysWords(signal.words, text) && !signal.risk.some((risk) => script.risks.includes(risk)))
    .map((signal) => ({
      path: ['risks'],
      message: `rule "declare risks": the script talks about ${signal.what}, so risks must include ${signal.risk.map(quoted).join(' or ')}`,
    }));
}

/** One way through the conversation to a strong ending, and every action taken on the way (the ending's too). */
export interface StrongPath {
  ending: SafetyEnding;
  /** The ending's index in the script, for the problem's field path. */
  index: number;
  /** "node/choice -> node/choice", for messages. */
  route: string;
  done: Set<SafetyActionId>;
}

/** Every path from the start to a strong ending. The observer sheet uses it too, to mark steps only some paths take. */
export function strongPaths(script: Pick<SafetyScript, 'start' | 'nodes' | 'endings'>): StrongPath[] {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const endingIndex = new Map(script.endings.map((ending, index) => [ending.id, index]));
  return allPaths(script).flatMap((path) => {
    const index = endingIndex.get(path.ending);
    const ending = index === undefined ? undefined : script.endings[index];
    if (!ending || ending.outcome !== 'strong') return [];
    const done = new Set<SafetyActionId>(ending.actions);
    for (const [nodeId, choiceId] of path.steps)
      nodes
        .get(nodeId)
        ?.choices.find((choice) => choice.id === choiceId)
        ?.actions.forEach((a) => done.add(a));
    const route = path.steps.map(([nodeId, choiceId]) => `${nodeId}/${choiceId}`).join(' -> ');
    return [{ ending, index: index!, route, done }];
  });
}

function strongPathProblems(script: SafetyScript): SafetyProblem[] {
  if (script.risks.length === 0) return [];
  const problems: SafetyProblem[] = [];
  const reported = new Set<string>();
  for (const { ending, index, route, done } of strongPaths(script)) {
    for (const risk of script.risks) {
      const rule = riskRules[risk];
      const missing = rule.all.filter((action) => !done.has(action));
      if (rule.any && !rule.any.some((action) => done.has(action))) missing.push(rule.any.join(' or ') as SafetyActionId);
      for (const action of missing) {
        const key = `${ending.id}|${risk}|${action}`;
        if (reported.has(key)) continue;
        reported.add(key);
        problems.push({
          path: ['endings', index, 'outcome'],
          message: `strong ending "${ending.id}" (by ${route}): rule "${risk}" needs "${action}" on the way, because ${rule.why}`,
        });
      }
    }
  }
  return problems;
}
