/**
 * The type size of each room screen (and page): the more text it shows, the tighter it is set, so
 * that every view fits one screen. Weighed like the pages in screen-pages.ts.
 */
import type { PlayScript } from '../roleplay/engine';
import { densityFor, type Density } from './paging';
import { quizRoomResult, quizView, type QuizRoom } from './quiz-room';
import { roomDebrief } from './roleplay-debrief';
import { roleplayView, type RolePlayRoom } from './roleplay-room';
import { answerPages, BLOCK_COST, coachingPages, debriefPageChars, debriefPages, scorePages, type PagedQuestion } from './screen-pages';

/** Each option on screen carries its letter, count, bar and pick button as well as its words. */
const OPTION_COST = 90;

/** The words a role-play's set-up screen shows. */
export interface SetUpText {
  contentNote?: string | undefined;
  premise: string;
  mentee: { situation: string };
}

/** The type size of the room's current role-play screen, at `page`. `discussion` is the length of the debrief's questions. */
export function rolePlayDensity(
  scriptId: string,
  script: PlayScript & SetUpText,
  room: RolePlayRoom,
  page: number,
  discussion: number,
): Density {
  const { screen, node, options, recorded } = roleplayView(scriptId, script, room);
  if (screen.kind === 'intro')
    return densityFor((script.contentNote?.length ?? 0) + script.premise.length + script.mentee.situation.length);
  if (screen.kind === 'line' && node) return densityFor(2 * ((node.direction?.length ?? 0) + node.says.length)); // the line is set large
  if (screen.kind === 'options' && node) {
    return densityFor(node.says.length + options.reduce((sum, { choice }) => sum + choice.line.length + OPTION_COST, 0));
  }
  if (screen.kind === 'feedback' && node && recorded) {
    const shown = coachingPages(recorded, node.says)[page];
    const reply = node.says.length + recorded.line.length;
    const coaching = recorded.feedback.length + BLOCK_COST.bars + BLOCK_COST.heading;
    return densityFor(shown === 'reply' ? reply : shown === 'coaching' ? coaching : reply + coaching);
  }
  if (screen.kind === 'debrief') {
    const debrief = roomDebrief(scriptId, script, room);
    const shown = debriefPages(debrief)[page];
    return shown ? densityFor(debriefPageChars(debrief, shown, discussion)) : 'snug';
  }
  return 'roomy';
}

/** The type size of the room's current quiz screen, at `page`. */
export function quizDensity(quizId: string, quiz: { passMark: number; questions: PagedQuestion[] }, room: QuizRoom, page: number): Density {
  const { screen, question, options } = quizView(quizId, quiz, room);
  if (screen.kind === 'question' && question) {
    const words = (question.scenario?.length ?? 0) + question.prompt.length * 1.5; // the prompt is set larger
    return densityFor(words + options.reduce((sum, { option }) => sum + option.text.length + OPTION_COST, 0));
  }
  if (screen.kind === 'feedback' && question) {
    const texts = options.map(({ option }) => option);
    const shown = answerPages(question, texts)[page] ?? [];
    const chars = shown.reduce((sum, block) => {
      if (block.kind === 'verdict') return sum + question.prompt.length + question.explanation.length;
      const option = texts[block.index]!;
      return sum + option.text.length + option.feedback.length + BLOCK_COST.heading;
    }, 0);
    return densityFor(chars);
  }
  if (screen.kind === 'score') {
    const { score } = quizRoomResult(quizId, quiz, room);
    const prompts = quiz.questions.map((entry) => entry.prompt);
    const shown = scorePages(prompts, score.revisit.length)[page] ?? [];
    const rowCost = BLOCK_COST.bars + BLOCK_COST.heading;
    return densityFor(shown.reduce((sum, block) => sum + (block.kind === 'row' ? prompts[block.index]!.length + rowCost : rowCost), 0));
  }
  return 'roomy';
}
