/**
 * What a Spanish file must share with the English file of the same id. Progress is keyed by ids and a
 * learner may switch language mid-module, so everything that is an id, a score or a rule (not words) is
 * reduced to "key -> value" facts, each key naming the item by its id ("questions[q3].options[b].correct"),
 * and the two sets of facts must be equal.
 */
import type { ModuleData } from '../../../src/content/schemas/modules';
import type { QuizData } from '../../../src/content/schemas/quizzes';
import type { RoleplayData } from '../../../src/content/schemas/roleplays';
import { componentRefs } from '../content-loader';

export type Facts = Map<string, string>;

const list = (values: readonly (string | number)[]) => values.join(', ');
const sortedList = (values: readonly string[]) => list([...values].sort());

/** A module's ids and numbers: course order, prerequisites, competencies, exercises placed, the agenda. */
export function moduleFacts(data: ModuleData, body: string): Facts {
  const facts: Facts = new Map([
    ['order', String(data.order)],
    ['required', String(data.required)],
    ['minutes', String(data.minutes)],
    ['prerequisites', list(data.prerequisites)],
    ['competencies', sortedList(data.competencies)],
    ['<Quiz id>', sortedList(componentRefs(body, 'Quiz'))],
    ['<RolePlay id>', sortedList(componentRefs(body, 'RolePlay'))],
    // Slides point at key points and prompts by number, so their count must match too.
    ['keyPoints (count)', String(data.keyPoints.length)],
    ['facilitator.prompts (count)', String(data.facilitator.prompts.length)],
    ['facilitator.minutes', String(data.facilitator.minutes)],
    ['facilitator.agenda (ids in order)', list(data.facilitator.agenda.map((item) => item.id))],
  ]);
  for (const item of data.facilitator.agenda) {
    const key = `facilitator.agenda[${item.id}]`;
    facts.set(`${key}.minutes`, String(item.minutes));
    facts.set(`${key}.kind`, item.kind);
    facts.set(`${key}.core`, String(item.core));
    facts.set(`${key}.domain`, item.domain ?? '(none)');
    facts.set(`${key}.slide`, item.slide ? JSON.stringify(item.slide) : '(none)');
  }
  return facts;
}

/** A quiz's ids and answer key: questions in order, each one's kind, options and which are correct. */
export function quizFacts(data: QuizData): Facts {
  const facts: Facts = new Map([
    ['module', data.module],
    ['passMark', String(data.passMark)],
    ['questions (ids in order)', list(data.questions.map((question) => question.id))],
  ]);
  for (const question of data.questions) {
    const key = `questions[${question.id}]`;
    facts.set(`${key}.kind`, question.kind);
    facts.set(`${key}.competency`, question.competency);
    facts.set(`${key}.options (ids in order)`, list(question.options.map((option) => option.id)));
    for (const option of question.options) facts.set(`${key}.options[${option.id}].correct`, String(option.correct));
  }
  return facts;
}

/** A role-play's graph and its safety tags: nodes, choices, where each leads, endings, risks and actions. */
export function roleplayFacts(data: RoleplayData): Facts {
  const facts: Facts = new Map([
    ['module', data.module],
    ['start', data.start],
    ['risks', sortedList(data.risks)],
    ['cardEmergencies', sortedList(data.cardEmergencies ?? [])],
    ['nodes (ids)', sortedList(data.nodes.map((node) => node.id))],
    ['endings (ids)', sortedList(data.endings.map((ending) => ending.id))],
  ]);
  for (const node of data.nodes) {
    const key = `nodes[${node.id}]`;
    facts.set(`${key}.choices (ids in order)`, list(node.choices.map((choice) => choice.id)));
    for (const choice of node.choices) {
      const at = `${key}.choices[${choice.id}]`;
      facts.set(`${at}.next`, choice.next);
      facts.set(`${at}.recommended`, String(choice.recommended));
      facts.set(`${at}.actions`, sortedList(choice.actions));
      facts.set(`${at}.skill`, choice.skill);
      facts.set(`${at}.rapport`, String(choice.rapport));
    }
  }
  for (const ending of data.endings) {
    const key = `endings[${ending.id}]`;
    facts.set(`${key}.outcome`, ending.outcome);
    facts.set(`${key}.actions`, sortedList(ending.actions));
    facts.set(`${key}.resources`, sortedList(ending.resources));
  }
  return facts;
}

/** "file: key: English has …, Spanish has …" for every fact that differs; [] when they agree. */
export function factDifferences(spanishFile: string, english: Facts, spanish: Facts): string[] {
  const keys = [...new Set([...english.keys(), ...spanish.keys()])];
  return keys.flatMap((key) => {
    const en = english.get(key);
    const es = spanish.get(key);
    if (en === es) return [];
    const show = (value: string | undefined) => (value === undefined ? 'nothing (no such item)' : value === '' ? '(none)' : `"${value}"`);
    return [`${spanishFile}: ${key}: English has ${show(en)}, Spanish has ${show(es)}`];
  });
}
