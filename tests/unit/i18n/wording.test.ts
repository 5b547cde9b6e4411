/** The interface strings that change with a number or a choice: plurals, signs, clock words and joins. */
import { describe, expect, it } from 'vitest';
import { staticUi, ui } from '../../../src/lib/i18n';

describe('counts in sentences', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect([0, 1, 2].map((count) => ui.search.results(count, 'overdose'))).toEqual([
      '0 results for “overdose”',
      '1 result for “overdose”',
      '2 results for “overdose”',
    ]);
    expect([1, 3].map(ui.progress.attempts)).toEqual(['1 attempt', '3 attempts']);
    expect([0, 1, 5].map(ui.room.votes)).toEqual(['0 votes', '1 vote', '5 votes']);
    expect(ui.room.voteAnnounce('B', 1)).toBe('B: 1 vote.');
    expect(ui.room.voteAnnounce('C', 4)).toBe('C: 4 votes.');
    expect(ui.room.quiz.intro(1)).toMatch(/^1 question, one at a time\./);
    expect(ui.room.quiz.intro(6)).toMatch(/^6 questions, one at a time\./);
    expect(ui.room.roleplay.matched(1, 1)).toBe('The room chose the recommended reply at 1 of 1 moment.');
    expect(ui.room.roleplay.matched(2, 4)).toBe('The room chose the recommended reply at 2 of 4 moments.');
  });

  it('counts resources shown, saying "all" when no filter hides any', () => {
    expect(ui.guide.showing(12, 12)).toBe('Showing all 12 resources');
    expect(ui.guide.showing(3, 12)).toBe('Showing 3 of 12 resources');
  });

  it('counts quiz questions per competency, and says "answer" or "answers" on the answer sheet', () => {
    expect(staticUi.competencies.counts(1, 2)).toBe('1 quiz question · 2 role-plays in these modules');
    expect(staticUi.competencies.counts(4, 0)).toBe('4 quiz questions · 0 role-plays in these modules');
    expect(staticUi.answers.right(false, 'A')).toBe('Right answer: A');
    expect(staticUi.answers.right(true, 'A · C')).toBe('Right answers: A · C');
  });

  it('gives the course length in hours, to one decimal place', () => {
    expect(ui.home.totalMinutes(600)).toBe('10 hours in all');
    expect(ui.home.totalMinutes(570)).toBe('9.5 hours in all');
    expect(ui.home.totalMinutes(100)).toBe('1.7 hours in all');
  });
});

describe('the room’s discussion timer, read aloud', () => {
  it('says minutes and seconds in words, leaving out a part that is zero', () => {
    expect(ui.room.timer.spoken(2, 30)).toBe('2 minutes 30 seconds');
    expect(ui.room.timer.spoken(1, 1)).toBe('1 minute 1 second');
    expect(ui.room.timer.spoken(3, 0)).toBe('3 minutes');
    expect(ui.room.timer.spoken(0, 45)).toBe('45 seconds');
  });

  it('says "0 seconds" when time is up, never nothing', () => {
    expect(ui.room.timer.spoken(0, 0)).toBe('0 seconds');
  });
});

describe('results and choices announced to screen readers', () => {
  it('says whether a quiz answer was right before its explanation', () => {
    expect(ui.quiz.announce(2, true, 'Open questions invite a story.')).toBe('Question 2: Correct. Open questions invite a story.');
    expect(ui.quiz.announce(3, false, 'That is advice.')).toBe('Question 3: Not quite. That is advice.');
    expect(ui.room.quiz.announceReveal(true, 'Yes.')).toBe('The room got it right. Yes.');
    expect(ui.room.quiz.announceReveal(false, 'No.')).toBe('Not quite. No.');
  });

  it('says whether an option was marked or unmarked as the room’s answer', () => {
    expect(ui.room.quiz.announceToggle('A', true)).toBe('A marked as the room’s answer.');
    expect(ui.room.quiz.announceToggle('A', false)).toBe('A unmarked.');
  });

  it('says whether shared-computer mode is now on or off', () => {
    expect(ui.device.sessionChanged(true)).toBe('Shared-computer mode is on.');
    expect(ui.device.sessionChanged(false)).toBe('Shared-computer mode is off.');
  });
});

describe('progress and tallies', () => {
  it('adds "passed" to a best score only when the quiz was passed', () => {
    expect(ui.progress.bestScore(80, true)).toBe('best score 80%, passed');
    expect(ui.progress.bestScore(60, false)).toBe('best score 60%');
  });

  it('lists the items an import will skip', () => {
    expect(ui.progress.ignored(['module "retired"', 'quiz "old-quiz"'], 0)).toBe(
      'Some items are for content that no longer exists and will be skipped: module "retired", quiz "old-quiz".',
    );
    expect(ui.progress.ignored(['module "retired"'], 6_990)).toBe(
      'Some items are for content that no longer exists and will be skipped: module "retired", and 6990 more.',
    );
  });

  it('shows the trust level with a sign, on a scale from minus to plus', () => {
    expect(ui.roleplay.rapportValue('warming up', 2, 3)).toBe('warming up (+2 on a scale of −3 to +3)');
    expect(ui.roleplay.rapportValue('steady', 0, 3)).toBe('steady (0 on a scale of −3 to +3)');
    expect(ui.roleplay.rapportValue('guarded', -1, 3)).toMatch(/^guarded \([-−]1 on a scale of −3 to \+3\)$/);
  });

  it('sums up the room’s votes option by option', () => {
    expect(
      ui.room.tallySummary([
        { letter: 'A', votes: 3, percent: 60 },
        { letter: 'B', votes: 2, percent: 40 },
      ]),
    ).toBe('A: 3 (60%) · B: 2 (40%)');
  });

  it('shows no label for a module not started (the progress page says "not tried yet" instead)', () => {
    expect(ui.status['not-started']).toBe('');
    expect(ui.progress.notAttempted).toBe('not tried yet');
  });
});

describe('the course frame, completion and practice pattern', () => {
  it('numbers a module within the course and counts completed modules', () => {
    expect(ui.module.moduleOf(3, 10)).toBe('Module 3 of 10');
    expect(ui.course.progress(4, 10)).toBe('4 of 10 modules completed');
    expect(ui.course.required(2, 6)).toBe('2 of 6 required modules completed');
    expect(ui.course.afterName('Completed')).toBe(', Completed');
  });

  it('names what completes a module, says when it was completed, and when the record is offered', () => {
    expect(staticUi.frame.roleplayItem('Late-night calls')).toBe('Play the role-play “Late-night calls” to any ending');
    expect(staticUi.frame.quizItem('Boundaries')).toBe('Pass the quiz “Boundaries”');
    expect(ui.course.completedOn('November 24, 2026')).toBe('You completed this module on November 24, 2026.');
    expect(ui.course.justCompleted('Boundaries')).toBe('Module completed: Boundaries.');
    expect(ui.course.recordNotReady(2, 6)).toBe(
      'Your record of training is offered once the 6 required modules are completed: 2 of 6 so far.',
    );
  });

  it('words the practice pattern with counts, in lower case mid-sentence', () => {
    expect([1, 4].map((count) => ui.practice.mismatch('Advice-giving (righting reflex)', 'Simple reflection', count))).toEqual([
      'Advice-giving (righting reflex) where simple reflection fitted: 1 time',
      'Advice-giving (righting reflex) where simple reflection fitted: 4 times',
    ]);
    expect([1, 2].map((count) => ui.practice.reached('Open question', count))).toEqual(['Open question: 1 time', 'Open question: 2 times']);
    expect([1, 9].map(ui.practice.decisions)).toEqual(['1 decision counted.', '9 decisions counted.']);
    expect(ui.practice.practise('Simple reflection', 'Torn about meetings')).toBe('Practise simple reflection: Torn about meetings');
  });
});
