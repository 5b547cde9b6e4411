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
}
/**
 * A Spanish pattern whose alternatives are whole words (or, ending in `\p{L}*`, a word's start). They are
 * written not to match an English word the English list leaves out on purpose: "médico" keeps its accent,
 * so an English line that only says "medication" is still not medical help.
 */
const spanish = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
const saysWords = (words: Words, text: string) => words.en.test(text) || words.es.test(text);
const showWords = (words: Words) => `${words.en} or, in Spanish, ${words.es}`;

/** Making the means safe: what someone might use, and the words for putting it out of reach. */
const means = 'gun|firearm|ammunition|bullets|pills|medication|medicine|weapon|knife';
const outOfReach = 'lock|locked|store|stored|hold on to|keep it|out of the house|away from';
const meansEs = 'pistolas?|armas?|balas|municiones|escopeta|rifle|pastillas|medicamentos?|medicinas?|cuchillos?|navajas?';
const outOfReachEs =
  'bajo\\s+llave|llave|candado|gu[aá]rd(?:a|an|ar|arla|arlas|arlo|arlos|ada|adas|ado|ados|e|en|ala|alas|alo|alos)|fuera\\s+de\\s+(?:la\\s+)?casa|lejos\\s+de';

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
/** Suicide in plain Spanish words: "¿Estás pensando en suicidarte?", "…en quitarte la vida?", "…en matarte?". */
const suicideEs =
  `suicid\\p{L}*|${killSelfEs}|quit(?:arte|arse|arme)\\s+la\\s+vida|(?:acabar|terminar)\\s+con\\s+(?:tu|su|mi)\\s+(?:propia\\s+)?vida|` +
  'poner\\s+fin\\s+a\\s+(?:tu|su|mi)\\s+vida';

/** The words a line must contain to carry each action tag. */
const actionWords: Record<SafetyActionId, Words> = {
  'asks-about-suicide': {
    en: /\bkill(ing)? (yourself|himself|herself|themselves)\b|\bend(ing)? (your|his|her|their) (own )?life\b|\bsuicid/i,
    es: spanish(suicideEs),
  },
  'asks-plan-or-timing': {
    en: /\b(how|plan|planned|when|tonight|today|right now|timing)\b/i,
    es: spanish('cómo|cuándo|plan(?:es)?|planeado|planeas|esta\\s+noche|hoy|ahora\\s+mismo|ahorita'),
  },
  'asks-past-attempt': { en: /\b(tried|attempt|attempted)\b/i, es: spanish('intent(?:o|os|ado|aste|ó)') },
  'asks-substance-use': {
    en: /\b(drinking|drink|drank|using|used|alcohol|drugs?|pills)\b/i,
    es: spanish(
      'beb(?:iendo|ido|er|es|iste)|tom(?:ando|ado|ar|as|aste)|consum(?:iendo|ido|ir|es|iste)|us(?:ando|ado)|alcohol|drogas?|pastillas|cervezas?|tragos?',
    ),
  },
  'means-safety': { en: new RegExp(`\\b(${means}|${outOfReach})\\b`, 'i'), es: spanish(`${meansEs}|${outOfReachEs}`) },
  'contacts-988': { en: /\b988\b|Lifeline/i, es: spanish('988|L[ií]nea\\s+de\\s+Prevenci[oó]n\\s+del\\s+Suicidio') },
  'calls-911': {
    en: /\b911\b|emergency services|ambulance|paramedics/i,
    es: spanish('911|servicios\\s+de\\s+emergencias?|ambulancias?|param[eé]dic\\p{L}*|llam\\p{L}*\\s+a\\s+emergencias'),
  },
  'involves-supervisor': { en: /\bsupervisor\b/i, es: spanish('supervisor(?:a|es|as)?') },
  cpr: { en: /\bCPR\b|chest compressions/i, es: spanish('RCP|compresiones') },
  // Spanish "solo" is also "only", so it counts only near a "no", "nunca", "sin" or "nadie".
  'overdose-safety': {
    en: /\balone\b|Never Use Alone/i,
    es: spanish(
      'a\\s+solas|(?:no|nunca|sin|nadie)(?![\\p{L}])[^.?!]{0,40}?(?<![\\p{L}])sol[oa]s?|sol[oa]s?(?![\\p{L}])[^.?!]{0,40}?(?<![\\p{L}])nadie',
    ),
  },
  'asks-safe-to-talk': { en: /\bsafe\b/i, es: spanish('segur[oa]s?|a\\s+salvo|sin\\s+peligro|sin\\s+riesgo') },
  'medical-help': {
    en: /\b(doctor|medical|911|emergency|detox|clinic|nurse|hospital|prescriber)\b/i,
    es: spanish(
      'médic(?:o|a|os|as)|doctor(?:a|es|as)?|911|emergencias?|desintoxicaci[oó]n|cl[ií]nicas?|enfermer\\p{L}*|hospital(?:es)?|receta|recet[oó]|Poison\\s+Help',
    ),
  },
  'de-escalates': {
    en: /\b(calm|slow|sit|space|breathe|quiet|step outside|take a break|water)\b/i,
    es: spanish(
      'calma|tranquil\\p{L}*|despacio|si[eé]nt\\p{L}*|sentar\\p{L}*|sentad[oa]s?|espacio|respir\\p{L}*|salgamos|afuera|descanso|agua|distancia|voz\\s+baja',
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

/** True if the line says what the action claims (in a question, for the asking actions). */
function lineSays(action: SafetyActionId, line: string): boolean {
  if (!askedAsQuestion.has(action)) return saysWords(actionWords[action], line);
  return questionsIn(line).some((question) => saysWords(actionWords[action], question));
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

/** Words in a script that mean it touches a risk it must then declare. */
const riskSignals: { risk: RiskId[]; words: Words; what: string }[] = [
  {
    risk: ['suicide', 'suicide-warning-signs'],
    words: {
      en: /\bsuicid|\bkill(ing)? (yourself|myself|himself|herself)\b|\bend(ing)? (my|your|his|her) life\b/i,
      es: spanish(suicideEs),
    },
    what: 'suicide',
  },
  // Naloxone or a person not breathing means the script teaches an overdose response; a passing
  // mention of "overdose risk" (stopping a medication, say) does not.
  {
    risk: ['overdose', 'overdose-risk'],
    words: {
      en: /\bnaloxone\b|\bNarcan\b|\bNever Use Alone\b|\bnot breathing\b/i,
      es: spanish('naloxona|no\\s+respira|no\\s+est[aá]\\s+respirando'),
    },
    what: 'an overdose response',
  },
];
/** The Lifeline's name has "Suicide" ("Suicidio") in it; naming the line is not talking about suicide. */
const lifelineNames = [
  /Suicide & Crisis Lifeline/g,
  /(?:988\s+)?L[ií]nea(?:\s+988)?\s+de\s+Prevenci[oó]n\s+del\s+Suicidio(?:\s+y\s+(?:la\s+)?Crisis)?/giu,
];

/**
 * "Hurting yourself" asks a different question than suicide; a mentor's line may not use it in place of
 * the plain words. In Spanish: "hacerte daño", "lastimarte", "hacer una tontería" ("no vas a hacer una
 * tontería, ¿verdad?"), "hacerte algo".
 */
const softenedQuestion: Words = {
  en: /\bhurt(ing)? (yourself|himself|herself|themselves)\b/i,
  es: spanish(
    'hacer(?:te|se)\\s+daño|(?:te|se)\\s+(?:vas|va)\\s+a\\s+hacer\\s+daño|lastim(?:arte|arse)|(?:te|se)\\s+(?:vas|va)\\s+a\\s+lastimar|' +
      'hacer\\s+(?:una|alguna|ninguna)\\s+(?:tontería|locura)|hacer\\s+(?:algo|nada)\\s+(?:malo|tonto)|hacer(?:te|se)\\s+algo(?=\\s*[?.,!])',
  ),
};
const plainQuestion = actionWords['asks-about-suicide'];

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
      if (!saysWords(actionWords[action], `${ending.says} ${ending.debrief}`)) {
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
      if (!saysWords(softenedQuestion, choice.line) || saysWords(plainQuestion, choice.line)) return;
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
  const text = lifelineNames.reduce(
    (words, name) => words.replace(name, 'Lifeline'),
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
