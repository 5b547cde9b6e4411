/**
 * Which page of a long room screen shows what: the coaching on a long reply, the group debrief, a
 * quiz answer with long feedback, and the room's score. Each screen is a list of blocks weighed by
 * their text (plus a little for headings, bars and spacing) and paged with `paginate`.
 */
import type { ScoringQuestion } from '../quiz/score';
import type { PlayChoice, PlayScript } from '../roleplay/engine';
import { paginate, SCREEN_BUDGET } from './paging';
import { quizRoomResult, quizView, type QuizRoom } from './quiz-room';
import { roomDebrief, type RoomDebrief } from './roleplay-debrief';
import { roleplayView, type RolePlayRoom } from './roleplay-room';

/** What a heading, a row of vote bars or a gap costs, in characters of body text. */
export const BLOCK_COST = { heading: 60, bars: 90, gap: 30 } as const;

/** The room's budget for one page: the tightest density's. */
const PAGE = SCREEN_BUDGET.tight - 100;
/** A quiz page holds less: each option and score row carries its marks, bars and spacing. */
const QUIZ_PAGE = 650;

/** The coaching screen: the room's reply and the coaching together, or one page each when long. */
export type CoachingPage = 'reply' | 'coaching' | 'both';

export function coachingPages(chosen: Pick<PlayChoice, 'line' | 'feedback'>, menteeLine: string): CoachingPage[] {
  const total = menteeLine.length + chosen.line.length + chosen.feedback.length + BLOCK_COST.heading * 2 + BLOCK_COST.bars;
  return total <= PAGE ? ['both'] : ['reply', 'coaching'];
}

export type DebriefPage =
  /** How it ended: the mentee's last words and what it meant. */
  | { kind: 'ending' }
  /** The room's path beside the recommended one: indexes into RoomDebrief.rows. */
  | { kind: 'path'; rows: number[] }
  /** The recommended path from the start: indexes into RoomDebrief.recommendedPath. */
  | { kind: 'recommended'; steps: number[] }
  /** Skills, questions for the group, resources, and what next. */
  | { kind: 'discuss' };

/** What one moment of the room's path weighs on a debrief page. */
function rowWeight(debrief: RoomDebrief, index: number): number {
  const row = debrief.rows[index]!;
  const recommended = row.matched ? 0 : (row.recommended?.line.length ?? 0);
  return row.node.says.length + row.chosen.line.length + recommended + row.node.thought.length + BLOCK_COST.bars + BLOCK_COST.heading * 2;
}

function stepWeight(debrief: RoomDebrief, index: number): number {
  const step = debrief.recommendedPath[index]!;
  return step.node.says.length + step.choice.line.length + BLOCK_COST.gap;
}

/** The group debrief, a page at a time: how it ended, the paths moment by moment, then the discussion. */
export function debriefPages(debrief: RoomDebrief): DebriefPage[] {
  // The path pages carry a heading and the "chose the recommended reply at…" line as well.
  const budget = PAGE - BLOCK_COST.heading * 2;
  const rows = paginate(indexes(debrief.rows.length), (index) => rowWeight(debrief, index), budget).filter((page) => page.length > 0);
  const steps = paginate(indexes(debrief.recommendedPath.length), (index) => stepWeight(debrief, index), budget).filter(
    (page) => page.length > 0,
  );
  return [
    { kind: 'ending' },
    ...rows.map((page): DebriefPage => ({ kind: 'path', rows: page })),
    ...steps.map((page): DebriefPage => ({ kind: 'recommended', steps: page })),
    { kind: 'discuss' },
  ];
}

/** Characters of text on a debrief page, for its type size. */
export function debriefPageChars(debrief: RoomDebrief, page: DebriefPage, discussion: number): number {
  const ending = debrief.state.ending;
  switch (page.kind) {
    case 'ending':
      return ending ? ending.says.length + ending.debrief.length + ending.keyLearning.length + BLOCK_COST.heading * 3 : 0;
    case 'path':
      return BLOCK_COST.heading * 2 + page.rows.reduce((sum, index) => sum + rowWeight(debrief, index), 0);
    case 'recommended':
      return BLOCK_COST.heading + page.steps.reduce((sum, index) => sum + stepWeight(debrief, index), 0);
    case 'discuss':
      return discussion + debrief.state.skillsUsed.length * BLOCK_COST.gap + BLOCK_COST.heading * 4;
  }
}

/** One block of a revealed quiz answer: the verdict with the explanation, or one option with its feedback. */
export type AnswerBlock = { kind: 'verdict' } | { kind: 'option'; index: number };

/** A revealed quiz answer: the verdict and as many options as fit, then the rest of the options. */
export function answerPages(
  question: { prompt: string; scenario?: string | undefined; explanation: string },
  options: readonly { text: string; feedback: string }[],
): AnswerBlock[][] {
  const blocks: AnswerBlock[] = [{ kind: 'verdict' }, ...options.map((_, index): AnswerBlock => ({ kind: 'option', index }))];
  const weigh = (block: AnswerBlock) => {
    if (block.kind === 'verdict') return question.prompt.length + question.explanation.length + BLOCK_COST.heading * 2;
    const option = options[block.index]!;
    return option.text.length + option.feedback.length + BLOCK_COST.bars;
  };
  return paginate(blocks, weigh, QUIZ_PAGE);
}

/** One block of the room's quiz score: the score itself, one question's row, or what to revisit. */
export type ScoreBlock = { kind: 'score' } | { kind: 'row'; index: number } | { kind: 'revisit' } | { kind: 'end' };

/** The room's score: the score, then a row per question (prompt, answers, votes), then what to revisit, then what next. */
export function scorePages(prompts: readonly string[], revisit: number): ScoreBlock[][] {
  const blocks: ScoreBlock[] = [
    { kind: 'score' },
    ...prompts.map((_, index): ScoreBlock => ({ kind: 'row', index })),
    ...(revisit > 0 ? [{ kind: 'revisit' } as const] : []),
    // Room on the last page for "Start again" and the way back to all activities.
    { kind: 'end' },
  ];
  const weigh = (block: ScoreBlock) => {
    if (block.kind === 'score') return BLOCK_COST.heading * 3;
    if (block.kind === 'end') return BLOCK_COST.heading * 2;
    if (block.kind === 'revisit') return BLOCK_COST.heading + revisit * BLOCK_COST.heading;
    return prompts[block.index]!.length + BLOCK_COST.bars + BLOCK_COST.heading * 2;
  };
  return paginate(blocks, weigh, QUIZ_PAGE);
}

function indexes(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** How many pages the room's current role-play screen has. */
export function rolePlayPageCount(scriptId: string, script: PlayScript, room: RolePlayRoom): number {
  const view = roleplayView(scriptId, script, room);
  if (view.screen.kind === 'feedback' && view.recorded && view.node) return coachingPages(view.recorded, view.node.says).length;
  if (view.screen.kind === 'debrief' && view.state.ending) return debriefPages(roomDebrief(scriptId, script, room)).length;
  return 1;
}

/** A quiz question as paging needs it: the words on its answer screen. */
export interface PagedQuestion extends ScoringQuestion {
  prompt: string;
  scenario?: string | undefined;
  explanation: string;
  options: (ScoringQuestion['options'][number] & { text: string; feedback: string })[];
}

/** How many pages the room's current quiz screen has. */
export function quizPageCount(quizId: string, quiz: { passMark: number; questions: PagedQuestion[] }, room: QuizRoom): number {
  const view = quizView(quizId, quiz, room);
  if (view.screen.kind === 'feedback' && view.question) {
    return answerPages(
      view.question,
      view.options.map(({ option }) => option),
    ).length;
  }
  if (view.screen.kind === 'score') {
    const { score } = quizRoomResult(quizId, quiz, room);
    return scorePages(
      quiz.questions.map((question) => question.prompt),
      score.revisit.length,
    ).length;
  }
  return 1;
}
