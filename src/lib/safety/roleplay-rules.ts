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

/** Making the means safe: what someone might use, and the words for putting it out of reach. */
const means = 'gun|firearm|ammunition|bullets|pills|medication|medicine|weapon|knife';
const outOfReach = 'lock|locked|store|stored|hold on to|keep it|out of the house|away from';
/** The same in Spanish, for the Spanish edition (`src/content/es/roleplays`). */
const meansEs = 'pistola|arma|armas|balas|municiones|pastillas|medicamentos?|medicinas?|cuchillos?';
const outOfReachEs = 'guard[ae]n?|guardar(la|las|lo|los)?|guardad[ao]s?|llave|candado|bajo llave|fuera de (la|tu|su) casa|lejos de';

/**
 * The words a line must contain to carry each action tag. Each pattern takes the English words and the
 * Spanish ones, so a Spanish role-play is held to the same rule in its own words. JavaScript's `\b` treats
 * accented letters as non-word characters, so each Spanish word starts and ends on a plain letter. "cómo" and
 * "cuándo" need their accents: without them they are "like" and "when" in a statement, not a question.
 */
const actionWords: Record<SafetyActionId, RegExp> = {
  'asks-about-suicide':
    /\bkill(ing)? (yourself|himself|herself|themselves)\b|\bend(ing)? (your|his|her|their) (own )?life\b|\bsuicid|\bquitarte la vida\b|\bterminar con tu vida\b/i,
  'asks-plan-or-timing':
    /\b(how|plan|planned|when|tonight|today|right now|timing)\b|\bcómo\b|\bcuándo\b|\besta noche\b|\bhoy\b|\bahora mismo\b/i,
  'asks-past-attempt': /\b(tried|attempt|attempted)\b|\bintent(ado|aste|o|os)\b/i,
  'asks-substance-use': /\b(drinking|drink|drank|using|used|alcohol|drugs?|pills)\b|\b(bebiendo|tomando|consumiendo|drogas?|pastillas)\b/i,
  'means-safety': new RegExp(`\\b(${means}|${outOfReach}|${meansEs}|${outOfReachEs})\\b`, 'i'),
  'contacts-988': /\b988\b|Lifeline/i,
  'calls-911': /\b911\b|emergency services|ambulance|paramedics|servicios de emergencia|ambulancia|param[eé]dicos/i,
  'involves-supervisor': /\bsupervisora?\b/i,
  cpr: /\bCPR\b|chest compressions|\bRCP\b|compresiones/i,
  'overdose-safety': /\balone\b|Never Use Alone|\ba solas\b|\bsol[oa]s?\b/i,
  'asks-safe-to-talk': /\bsafe\b|\bsegur[oa]s?\b|\bsin peligro\b|\ba salvo\b/i,
  'medical-help':
    /\b(doctor|medical|911|emergency|detox|clinic|nurse|hospital|prescriber)\b|\b(doctora?|m[eé]dic[oa]s?|emergencias?|urgencias|desintoxicaci[oó]n|cl[ií]nica|enfermer[oa]|Poison Help)\b/i,
  'de-escalates':
    /\b(calm|slow|sit|space|breathe|quiet|step outside|take a break|water)\b|\b(calma|tranquil[oa]s?|despacio|sentarte|sentarnos|espacio|respira|respirar|afuera|salgamos|agua|pausa)\b|\bsi[eé]ntate\b/i,
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
const questionsIn = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => /\?["”’')]*$/.test(sentence.trim()));

/** True if the line says what the action claims (in a question, for the asking actions). */
function lineSays(action: SafetyActionId, line: string): boolean {
  if (!askedAsQuestion.has(action)) return actionWords[action].test(line);
  return questionsIn(line).some((question) => actionWords[action].test(question));
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
const riskSignals: { risk: RiskId[]; words: RegExp; what: string }[] = [
  {
    risk: ['suicide', 'suicide-warning-signs'],
    words:
      /\bsuicid|\bkill(ing)? (yourself|myself|himself|herself)\b|\bend(ing)? (my|your|his|her) life\b|\bquitar(me|te|se) la vida\b|\bmatar(me|te|se)\b/i,
    what: 'suicide',
  },
  // Naloxone or a person not breathing means the script teaches an overdose response; a passing
  // mention of "overdose risk" (stopping a medication, say) does not.
  {
    risk: ['overdose', 'overdose-risk'],
    words: /\bnaloxone\b|\bNarcan\b|\bNever Use Alone\b|\bnot breathing\b|\bnaloxona\b|\bno respira\b/i,
    what: 'an overdose response',
  },
];

/** "Hurting yourself" asks a different question than suicide; a mentor's line may not use it in place of the plain words. */
const softenedQuestion = /\bhurt(ing)? (yourself|himself|herself|themselves)\b|\bhacer(te|se) da[nñ]o\b|\blastimar(te|se)\b/i;
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
              `(expected words matching ${actionWords[action]}${where})`,
          });
        }
      }
    }),
  );
  script.endings.forEach((ending, e) => {
    for (const action of ending.actions) {
      if (!actionWords[action].test(`${ending.says} ${ending.debrief}`)) {
        problems.push({
          path: ['endings', e, 'actions'],
          message:
            `ending "${ending.id}": tagged "${action}" but neither what is said nor the debrief says it ` +
            `(expected ${actionWords[action]})`,
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
      if (!softenedQuestion.test(choice.line) || plainQuestion.test(choice.line)) return;
      // A weaker option may model the softened question only if its coaching teaches the plain one.
      if (!choice.recommended && plainQuestion.test(choice.feedback)) return;
      problems.push({
        path: ['nodes', n, 'choices', c, 'line'],
        message:
          `node "${node.id}", choice "${choice.id}": rule "ask plainly": the line asks about "hurting yourself" in place of suicide; ` +
          `ask "are you thinking about killing yourself?"${choice.recommended ? '' : ' (or say so in the feedback)'}`,
      });
    }),
  );
  return problems;
}

const quoted = (text: string) => `"${text}"`;

function undeclaredRiskProblems(script: SafetyScript): SafetyProblem[] {
  // The Lifeline's name has "Suicide" in it; naming the line is not talking about suicide.
  const text = [
    script.premise,
    ...script.nodes.flatMap((node) => [node.says, ...node.choices.map((choice) => choice.line)]),
    ...script.endings.map((e) => `${e.says} ${e.debrief}`),
  ]
    .join('\n')
    .replaceAll('Suicide & Crisis Lifeline', 'Lifeline')
    .replaceAll('de Prevención del Suicidio y Crisis', '');
  return riskSignals
    .filter((signal) => signal.words.test(text) && !signal.risk.some((risk) => script.risks.includes(risk)))
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
