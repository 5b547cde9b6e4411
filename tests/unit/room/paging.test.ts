import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../../src/content/schemas/roleplays';
import { focusKind, presenterAction, PRESENTER_KEYS } from '../../../src/lib/room/keys';
import { clampPage, densityFor, paginate, pagedBack, pagedForward, SCREEN_BUDGET } from '../../../src/lib/room/paging';
import { forwardQuiz, quizRoomRules, startQuizRoom, toggleAnswer, type QuizRoom } from '../../../src/lib/room/quiz-room';
import { roomDebrief } from '../../../src/lib/room/roleplay-debrief';
import { currentScreen, forward, pick, rolePlayRoomRules, startRolePlayRoom, type RolePlayRoom } from '../../../src/lib/room/roleplay-room';
import { quizDensity, rolePlayDensity } from '../../../src/lib/room/screen-density';
import {
  answerPages,
  coachingPages,
  debriefPageChars,
  debriefPages,
  quizPageCount,
  rolePlayPageCount,
  scorePages,
} from '../../../src/lib/room/screen-pages';

const base = roleplaySchema.parse(
  parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-roleplays', 'base.yaml'), 'utf8')),
);
const words = (count: number) => 'word '.repeat(Math.ceil(count / 5)).slice(0, count);
/** The fixture with long lines, so its screens need paging and tight type. */
const long = {
  ...base,
  premise: words(600),
  nodes: base.nodes.map((node) => ({
    ...node,
    says: words(300),
    thought: words(150),
    choices: node.choices.map((choice) => ({ ...choice, line: words(350), feedback: words(500) })),
  })),
};

/** Plays a role-play to its debrief, always picking "good" (or `choice` where given). */
function toDebrief(script: typeof base, choice = 'good'): RolePlayRoom {
  let room = startRolePlayRoom();
  for (let step = 0; step < 20 && currentScreen(script, room).kind !== 'debrief'; step++) {
    if (currentScreen(script, room).kind === 'options')
      room = pick(script, room, script.nodes.some((n) => n.choices.some((c) => c.id === choice)) ? choice : 'good');
    room = forward(script, room).room;
  }
  return room;
}

describe('room paging: splitting long screens', () => {
  it('fills pages in order and never leaves one empty', () => {
    expect(paginate([3, 3, 3, 5, 1], (n) => n, 6)).toEqual([[3, 3], [3], [5, 1]]);
    expect(paginate([9, 1], (n) => n, 6)).toEqual([[9], [1]]);
    expect(paginate([], (n: number) => n, 6)).toEqual([[]]);
  });

  it('sets more text tighter, and the densest past what one page holds', () => {
    expect(densityFor(100)).toBe('roomy');
    expect(densityFor(SCREEN_BUDGET.roomy + 1)).toBe('snug');
    expect(densityFor(SCREEN_BUDGET.snug + 1)).toBe('tight');
    expect(densityFor(SCREEN_BUDGET.tight + 1)).toBe('dense');
  });

  it('steps Next and Back through the pages of a screen before leaving it', () => {
    const rules = {
      start: () => 0,
      fit: (n: number) => n,
      forward: (n: number) => ({ room: n + 1 }),
      back: (n: number) => ({ room: n - 1 }),
    };
    const pages = (n: number) => (n === 1 ? 3 : 1);
    expect(pagedForward(rules, { room: 0, page: 0 }, pages)).toEqual({ room: { room: 1, page: 0 } });
    expect(pagedForward(rules, { room: 1, page: 0 }, pages)).toEqual({ room: { room: 1, page: 1 } });
    expect(pagedForward(rules, { room: 1, page: 2 }, pages)).toEqual({ room: { room: 2, page: 0 } });
    // Back lands on the last page of the screen before, as slides do.
    expect(pagedBack(rules, { room: 2, page: 0 }, pages)).toEqual({ room: { room: 1, page: 2 } });
    expect(pagedBack(rules, { room: 1, page: 2 }, pages)).toEqual({ room: { room: 1, page: 1 } });
    const blocked = { ...rules, back: (n: number) => ({ room: n, blocked: 'at-start' as const }) };
    expect(pagedBack(blocked, { room: 0, page: 0 }, pages)).toEqual({ room: { room: 0, page: 0 }, blocked: 'at-start' });
    expect(clampPage(5, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(0, 0)).toBe(0);
  });
});

describe('room paging: role-play screens', () => {
  it('keeps short coaching on one page and gives a long reply and its coaching a page each', () => {
    expect(coachingPages({ line: 'Hi', feedback: 'A warm start helps.' }, 'Hello.')).toEqual(['both']);
    expect(coachingPages({ line: words(500), feedback: words(500) }, 'Hello.')).toEqual(['reply', 'coaching']);
  });

  it('pages the group debrief: how it ended, the moments, the recommended path, then the discussion', () => {
    const short = roomDebrief('fixture', base, toDebrief(base));
    expect(debriefPages(short).map((page) => page.kind)).toEqual(['ending', 'path', 'recommended', 'discuss']);
    const paged = debriefPages(roomDebrief('fixture', long, toDebrief(long, 'bad')));
    expect(paged.filter((page) => page.kind === 'path')).toHaveLength(3);
    expect(paged.filter((page) => page.kind === 'path').flatMap((page) => (page.kind === 'path' ? page.rows : []))).toEqual([0, 1, 2]);
    expect(paged.at(0)).toEqual({ kind: 'ending' });
    expect(paged.at(-1)).toEqual({ kind: 'discuss' });
    const debrief = roomDebrief('fixture', long, toDebrief(long, 'bad'));
    for (const page of paged) expect(debriefPageChars(debrief, page, 200)).toBeGreaterThan(0);
  });

  it('counts the pages of the current screen, and sets each page to fit', () => {
    let room = startRolePlayRoom();
    const rules = rolePlayRoomRules(long);
    expect(rolePlayPageCount('fixture', long, room)).toBe(1);
    expect(rolePlayDensity('fixture', long, room, 0, 200)).toBe('snug');
    room = rules.forward(room).room; // the line
    expect(rolePlayDensity('fixture', long, room, 0, 200)).toBe('snug');
    room = rules.forward(room).room; // the replies: all of them on one screen, so the densest type
    expect(rolePlayDensity('fixture', long, room, 0, 200)).toBe('dense');
    room = rules.forward(pick(long, room, 'good')).room; // the coaching
    expect(rolePlayPageCount('fixture', long, room)).toBe(2);
    expect(rolePlayDensity('fixture', long, room, 0, 200)).toBe('snug');
    expect(rolePlayDensity('fixture', long, room, 1, 200)).toBe('snug');
    expect(rolePlayDensity('fixture', base, toDebrief(base), 0, 200)).toBe('roomy');
    const debrief = toDebrief(long);
    expect(rolePlayPageCount('fixture', long, debrief)).toBeGreaterThan(4);
    expect(rolePlayDensity('fixture', long, debrief, 1, 200)).not.toBe('roomy');
    expect(rolePlayDensity('fixture', long, debrief, 99, 200)).toBe('snug');
    expect(rolePlayDensity('fixture', base, { ...startRolePlayRoom(), at: 3 }, 0, 200)).toBe('roomy');
  });
});

const quiz = {
  passMark: 0.5,
  questions: [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `q${n}`,
    kind: 'single' as const,
    competency: 'values-communication',
    prompt: words(n === 1 ? 10 : 200),
    scenario: n === 2 ? words(100) : undefined,
    explanation: words(n === 1 ? 10 : 400),
    options: ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      correct: id === 'a',
      text: words(n === 1 ? 10 : 150),
      feedback: words(n === 1 ? 10 : 250),
    })),
  })),
};

describe('room paging: quiz screens', () => {
  it('keeps a short answer on one page and pages a long one, verdict first', () => {
    const [short, longer] = quiz.questions;
    expect(answerPages(short!, short!.options)).toEqual([
      [{ kind: 'verdict' }, ...[0, 1, 2, 3].map((index) => ({ kind: 'option', index }))],
    ]);
    const pages = answerPages(longer!, longer!.options);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]![0]).toEqual({ kind: 'verdict' });
    expect(pages.flat()).toHaveLength(5);
  });

  it('pages the score: the score first, a row per question, what to revisit, then room for what next', () => {
    const pages = scorePages(
      quiz.questions.map((question) => question.prompt),
      2,
    );
    expect(pages[0]![0]).toEqual({ kind: 'score' });
    expect(pages.flat().filter((block) => block.kind === 'row')).toHaveLength(6);
    expect(pages.at(-1)!.at(-1)).toEqual({ kind: 'end' });
    expect(pages.flat().some((block) => block.kind === 'revisit')).toBe(true);
    expect(scorePages(['short'], 0).flat()).toEqual([{ kind: 'score' }, { kind: 'row', index: 0 }, { kind: 'end' }]);
  });

  it('counts the pages of the current quiz screen, and sets each to fit', () => {
    const rules = quizRoomRules(quiz);
    let room: QuizRoom = startQuizRoom();
    expect(quizPageCount('quiz', quiz, room)).toBe(1);
    expect(quizDensity('quiz', quiz, room, 0)).toBe('roomy');
    room = rules.forward(room).room; // question 1: short
    expect(quizDensity('quiz', quiz, room, 0)).toBe('roomy');
    room = rules.forward(toggleAnswer(quiz, room, 'q1', 'a')).room; // its answer
    expect(quizPageCount('quiz', quiz, room)).toBe(1);
    expect(quizDensity('quiz', quiz, room, 0)).toBe('roomy');
    room = rules.forward(room).room; // question 2: long
    expect(quizDensity('quiz', quiz, room, 0)).toBe('dense');
    room = rules.forward(toggleAnswer(quiz, room, 'q2', 'b')).room;
    expect(quizPageCount('quiz', quiz, room)).toBeGreaterThan(1);
    expect(quizDensity('quiz', quiz, room, 0)).not.toBe('roomy');
    expect(quizDensity('quiz', quiz, room, 1)).not.toBe('roomy');
    expect(quizDensity('quiz', quiz, room, 99)).toBe('roomy');
    for (const question of quiz.questions.slice(2)) {
      room = rules.forward(room).room;
      room = forwardQuiz(quiz, toggleAnswer(quiz, room, question.id, 'a')).room;
    }
    room = rules.forward(room).room; // the score
    expect(quizPageCount('quiz', quiz, room)).toBeGreaterThan(1);
    expect(quizDensity('quiz', quiz, room, 0)).not.toBe('dense');
    expect(quizDensity('quiz', quiz, room, 99)).toBe('roomy');
  });
});

describe('presenter keys', () => {
  it('list every action once, and map "?", T, B and "." to it', () => {
    expect(PRESENTER_KEYS.map((entry) => entry.action)).toEqual(['next', 'back', 'timer', 'blank', 'keys']);
    expect(presenterAction({ key: '?', shiftKey: true }, 'other')).toBe('keys');
    expect(presenterAction({ key: 't' }, 'activator')).toBe('timer');
    expect(presenterAction({ key: 'T', shiftKey: true }, 'other')).toBe('timer');
    expect(presenterAction({ key: 'b' }, 'other')).toBe('blank');
    expect(presenterAction({ key: 'B' }, 'other')).toBe('blank');
    expect(presenterAction({ key: '.' }, 'other')).toBe('blank');
    // Typing in the search box is never a presenter key.
    expect(presenterAction({ key: 't' }, focusKind({ tagName: 'INPUT', type: 'search' }))).toBeNull();
  });
});
