import { describe, expect, it } from 'vitest';
import { competencyIds } from '../../../src/content/schemas/common';
import { dilemmaTopicIds } from '../../../src/content/schemas/dilemmas';
import { quizSchema } from '../../../src/content/schemas/quizzes';
import {
  DILEMMA_QUIZ_ID,
  dilemmaAnchor,
  dilemmaNotes,
  dilemmaQuiz,
  dilemmaRoomPath,
  inBankOrder,
  topicCompetency,
  topicGroups,
} from '../../../src/lib/dilemmas/bank';
import { scoreQuiz } from '../../../src/lib/quiz/score';
import { ui } from '../../../src/lib/i18n';
import { dilemma } from './fixture';

const bank = [
  dilemma('note', 'documentation', 'What goes in the note'),
  dilemma('gift', 'gifts-and-money', 'The holiday gift card', { roleplay: 'loan' }),
  dilemma('friend', 'social-media', 'A friend request'),
  dilemma('cash', 'gifts-and-money', 'A cash tip'),
];

describe('the dilemma bank as a quiz', () => {
  const quiz = dilemmaQuiz(bank);

  it('is a valid quiz, so the quiz island and scoring take it as they are', () => {
    expect(quizSchema.safeParse(quiz).success).toBe(true);
    expect(quiz.title).toBe(ui.dilemmas.quizTitle);
  });

  it('asks one single-answer question per dilemma, keyed by the dilemma id, in topic order then title', () => {
    expect(quiz.questions.map((question) => question.id)).toEqual(['cash', 'gift', 'friend', 'note']);
    expect(quiz.questions.every((question) => question.kind === 'single')).toBe(true);
  });

  it('shows the situation, asks the question, keeps every option with its feedback, and explains with the reasoning', () => {
    const gift = quiz.questions.find((question) => question.id === 'gift')!;
    const source = bank[1]!.data;
    expect(gift).toMatchObject({ scenario: source.situation, prompt: source.question, explanation: source.reasoning });
    expect(gift.options).toEqual(source.options);
    expect(gift.competency).toBe('engages-peers');
  });

  it('scores like any quiz: the best first step counts as right', () => {
    const answers = { gift: { selected: ['b'], correct: true, answeredAt: '2026-11-29T10:00:00.000Z' } };
    expect(scoreQuiz(quiz, answers)).toMatchObject({ answered: 1, correct: 1, total: 4 });
  });

  it('maps every topic to a SAMHSA competency area', () => {
    for (const topic of dilemmaTopicIds) expect(competencyIds).toContain(topicCompetency[topic]);
  });

  it('keeps a stable quiz id that names the bank', () => {
    expect(DILEMMA_QUIZ_ID).toBe('ethics-dilemmas');
  });
});

describe('grouping by topic', () => {
  it('lists only topics that have dilemmas, in the schema order, each sorted by title', () => {
    expect(topicGroups(bank)).toEqual([
      {
        topic: 'gifts-and-money',
        dilemmas: [
          { id: 'cash', title: 'A cash tip' },
          { id: 'gift', title: 'The holiday gift card' },
        ],
      },
      { topic: 'social-media', dilemmas: [{ id: 'friend', title: 'A friend request' }] },
      { topic: 'documentation', dilemmas: [{ id: 'note', title: 'What goes in the note' }] },
    ]);
  });

  it('leaves the order alone when nothing moves, and does not change what it was given', () => {
    const copy = [...bank];
    inBankOrder(bank);
    expect(bank).toEqual(copy);
    expect(topicGroups([])).toEqual([]);
  });
});

describe('notes around each dilemma', () => {
  const notes = dilemmaNotes(bank, [{ id: 'loan', data: { module: 'boundaries', title: 'The rent money' } }]);

  it('gives each an anchor and a label with its title and topic', () => {
    expect(notes.note).toMatchObject({
      anchor: dilemmaAnchor('note'),
      label: ui.dilemmas.label('What goes in the note', 'Records and notes'),
    });
    expect(dilemmaAnchor('note')).toBe('ethics-dilemmas-note');
  });

  it('links a dilemma to the role-play that acts it out, on its module page', () => {
    expect(notes.gift!.links).toEqual([
      { lead: ui.dilemmas.actItOut, text: 'The rent money', href: '/modules/boundaries/#roleplay-loan-title' },
    ]);
    expect(notes.friend!.links).toEqual([]);
  });

  it('leaves out a role-play link when the role-play is not there', () => {
    expect(dilemmaNotes(bank, []).gift!.links).toEqual([]);
  });

  it('gives each a room-mode address', () => {
    expect(dilemmaRoomPath('gift')).toBe('/room/dilemmas/gift/');
  });
});
