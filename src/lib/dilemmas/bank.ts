/**
 * The dilemma bank as practice: the dilemmas turned into one quiz, so the quiz island, its scoring and
 * its saved answers work for them unchanged. The quiz id is stable (answers are saved under it), and it
 * is not in the quizzes collection, so module completion never asks for it: the bank is practice, and
 * the module's own quiz stays the check of understanding.
 */
import type { CompetencyId } from '../../content/schemas/common';
import { dilemmaTopicIds, type DilemmaData, type DilemmaTopicId } from '../../content/schemas/dilemmas';
import type { QuizData } from '../../content/schemas/quizzes';
import type { PracticeExtras } from '../exercises/first-view';
import { ui } from '../i18n';

/** Saved progress keys the bank's answers by this id, like a quiz. Never change it: answers would be orphaned. */
export const DILEMMA_QUIZ_ID = 'ethics-dilemmas';
/** The module that teaches the decision model and places the bank. */
export const DILEMMA_MODULE_ID = 'ethics-in-practice';
/** The share of dilemmas whose best first step a learner picks to see "passed" (the quiz result needs one). */
const PRACTICE_PASS_MARK = 0.8;

/**
 * The SAMHSA competency area each topic practises, so the quiz result's "worth revisiting" list names
 * something a learner can look up.
 */
export const topicCompetency: Record<DilemmaTopicId, CompetencyId> = {
  'dual-relationships': 'engages-peers',
  'gifts-and-money': 'engages-peers',
  'social-media': 'engages-peers',
  'self-disclosure': 'shares-lived-experience',
  romance: 'engages-peers',
  'rides-and-housing': 'engages-peers',
  'family-confidentiality': 'values-communication',
  'mandated-reporting': 'helps-manage-crises',
  'mentor-return-to-use': 'promotes-growth',
  documentation: 'values-communication',
  'team-and-policy': 'supports-collaboration',
};

export interface DilemmaEntry {
  id: string;
  data: DilemmaData;
}

/** Bank order: by topic as the schema lists them, then by title, so a new file never reshuffles the rest. */
export function inBankOrder(dilemmas: readonly DilemmaEntry[]): DilemmaEntry[] {
  const rank = (entry: DilemmaEntry) => dilemmaTopicIds.indexOf(entry.data.topic);
  return [...dilemmas].sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title, 'en'));
}

/** The bank as one quiz: a question per dilemma (keyed by the dilemma's id), its reasoning as the explanation. */
export function dilemmaQuiz(dilemmas: readonly DilemmaEntry[]): QuizData {
  return {
    module: DILEMMA_MODULE_ID,
    title: ui.dilemmas.quizTitle,
    passMark: PRACTICE_PASS_MARK,
    questions: inBankOrder(dilemmas).map(({ id, data }) => ({
      id,
      kind: 'single' as const,
      scenario: data.situation,
      prompt: data.question,
      competency: topicCompetency[data.topic],
      explanation: data.reasoning,
      options: data.options,
    })),
  };
}

export interface TopicGroup {
  topic: DilemmaTopicId;
  dilemmas: { id: string; title: string }[];
}

/** The dilemmas under each topic that has any, in bank order (for the topic links and the room index). */
export function topicGroups(dilemmas: readonly DilemmaEntry[]): TopicGroup[] {
  const ordered = inBankOrder(dilemmas);
  return dilemmaTopicIds
    .map((topic) => ({
      topic,
      dilemmas: ordered.filter((entry) => entry.data.topic === topic).map(({ id, data }) => ({ id, title: data.title })),
    }))
    .filter((group) => group.dilemmas.length > 0);
}

/** Site-relative path of a dilemma in room mode (pass it through withBase for a link). */
export const dilemmaRoomPath = (id: string) => `/room/dilemmas/${id}/`;
/** Site-relative path of the room-mode index of dilemmas. */
export const DILEMMA_ROOM_INDEX = '/room/dilemmas/';

/** The fragment id of a dilemma's question in the bank on the module page (the topic links point here). */
export const dilemmaAnchor = (id: string) => `${DILEMMA_QUIZ_ID}-${id}`;

/** What the bank adds to a dilemma's question: where to link to it, its title and topic, and its role-play. */
export interface DilemmaNote {
  anchor: string;
  label: string;
  /** Site-relative: the page passes each href through withBase. */
  links: { lead: string; text: string; href: string }[];
}

interface RoleplayLike {
  id: string;
  data: { module: string; title: string };
}

/** The notes for every dilemma, by id. A role-play that acts a dilemma out is linked where it is played. */
export function dilemmaNotes(dilemmas: readonly DilemmaEntry[], roleplays: readonly RoleplayLike[]): Record<string, DilemmaNote> {
  const byId = new Map(roleplays.map((entry) => [entry.id, entry]));
  return Object.fromEntries(
    dilemmas.map(({ id, data }) => {
      const roleplay = data.roleplay ? byId.get(data.roleplay) : undefined;
      const links = roleplay
        ? [
            {
              lead: ui.dilemmas.actItOut,
              text: roleplay.data.title,
              href: `/modules/${roleplay.data.module}/#roleplay-${roleplay.id}-title`,
            },
          ]
        : [];
      return [id, { anchor: dilemmaAnchor(id), label: ui.dilemmas.label(data.title, ui.dilemmas.topics[data.topic]), links }];
    }),
  );
}

/**
 * The bank as its module's exercises file and the quiz island carry it: the quiz, the practice intro
 * in place of a quiz's opening line, and each question's notes with links put under the site's base.
 */
export function dilemmaPractice(
  dilemmas: readonly DilemmaEntry[],
  roleplays: readonly RoleplayLike[],
  withBase: (path: string) => string,
): QuizData & PracticeExtras {
  const quiz = dilemmaQuiz(dilemmas);
  const notes = dilemmaNotes(dilemmas, roleplays);
  const extras = Object.fromEntries(
    Object.entries(notes).map(([id, note]) => [id, { ...note, links: note.links.map((link) => ({ ...link, href: withBase(link.href) })) }]),
  );
  return { ...quiz, heading: ui.dilemmas.practiceHeading, intro: ui.dilemmas.practiceIntro(quiz.questions.length), extras };
}
