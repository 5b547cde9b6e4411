/**
 * What an exercise's island needs for its first view, and nothing more. The island's props are written
 * into the page as JSON, so everything else (option feedback, explanations, later role-play steps,
 * endings) comes from the module's exercises file (`exercises.ts`) when the learner gets that far.
 * The set-up text and the printed handout are server-rendered slots, not props, so they are not
 * repeated either.
 */
import type { PlayScript } from '../roleplay/engine';

export interface QuizOptionView {
  id: string;
  text: string;
}
export interface QuizQuestionView {
  id: string;
  kind: 'single' | 'multiple';
  scenario?: string | undefined;
  prompt: string;
  /** In the content file's order: the page shuffles them by a seed (src/lib/quiz/order.ts). */
  options: QuizOptionView[];
}
/**
 * What a practice bank adds around one question (src/lib/dilemmas/bank.ts): a fragment id to link to, a
 * label above the question, and links under it (hrefs already under the site's base path).
 */
export interface QuestionExtra {
  anchor?: string;
  label?: string;
  links?: { lead: string; text: string; href: string }[];
}

/** What a practice bank says instead of a quiz's usual opening line, and adds around its questions. */
export interface PracticeExtras {
  /** The heading in place of "Check your understanding: …", which would promise a check that counts. */
  heading?: string;
  intro?: string;
  extras?: Record<string, QuestionExtra>;
}

export interface QuizView extends PracticeExtras {
  title: string;
  passMark: number;
  questions: QuizQuestionView[];
}

interface QuizSource extends PracticeExtras {
  title: string;
  passMark: number;
  questions: readonly {
    id: string;
    kind: 'single' | 'multiple';
    scenario?: string | undefined;
    prompt: string;
    options: readonly { id: string; text: string }[];
  }[];
}

/** A quiz's questions and options without what checking reveals (which is right, feedback, explanation). */
export function quizFirstView(quiz: QuizSource): QuizView {
  return {
    ...(quiz.heading === undefined ? {} : { heading: quiz.heading }),
    ...(quiz.intro === undefined ? {} : { intro: quiz.intro }),
    ...(quiz.extras === undefined ? {} : { extras: quiz.extras }),
    title: quiz.title,
    passMark: quiz.passMark,
    questions: quiz.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      ...(question.scenario === undefined ? {} : { scenario: question.scenario }),
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
    })),
  };
}

export interface RolePlayOpening {
  menteeName: string;
  /** The node the conversation opens with: what the mentee says, and the replies on offer. */
  start: { id: string; says: string; direction?: string | undefined; choices: { id: string; line: string }[] };
}

interface RolePlaySource {
  start: string;
  mentee: { name: string };
  nodes: readonly { id: string; says: string; direction?: string | undefined; choices: readonly { id: string; line: string }[] }[];
}

/** How a role-play opens: enough to show the first moment and its replies, not where they lead. */
export function rolePlayOpening(script: RolePlaySource): RolePlayOpening {
  const node = script.nodes.find((candidate) => candidate.id === script.start);
  if (!node) throw new Error(`role-play: no start node "${script.start}"`);
  return {
    menteeName: script.mentee.name,
    start: {
      id: node.id,
      says: node.says,
      ...(node.direction === undefined ? {} : { direction: node.direction }),
      choices: node.choices.map((choice) => ({ id: choice.id, line: choice.line })),
    },
  };
}

/**
 * The opening as a script of one moment, so the island draws it with the same engine and components
 * as the rest. Its replies lead nowhere yet: the island plays a reply only with the whole script.
 */
export function openingScript(opening: RolePlayOpening): PlayScript {
  const { start } = opening;
  return {
    start: start.id,
    nodes: [
      {
        ...start,
        thought: '',
        choices: start.choices.map((choice) => ({ ...choice, skill: '', rapport: 0, feedback: '', recommended: false, next: '' })),
      },
    ],
    endings: [],
  };
}
