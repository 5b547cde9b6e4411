import type { QuizData, QuizQuestion } from '../../content/schemas/quizzes';
import { ui } from '../../lib/i18n';
import { countQuizVote, reopenQuestion, toggleAnswer, type QuizRoom, type QuizView } from '../../lib/room/quiz-room';
import { answerPages } from '../../lib/room/screen-pages';
import { RoomBar } from './RoomBar';
import { MARK_ICONS } from '../shared/mark-icons';
import { RoomHeading } from './RoomHeading';
import { RoomOptionActions } from './RoomOptionActions';
import type { RoomController } from './use-room-controller';

interface Props {
  quiz: QuizData;
  view: QuizView<QuizQuestion>;
  controller: RoomController<QuizRoom>;
}

const q = ui.room.quiz;

/** A question in room mode: the room marks its answer and may count votes; then the feedback on every option. */
export function RoomQuizQuestion({ quiz, view, controller }: Props) {
  const { room, page, hydrated: enabled, heading, change, show } = controller;
  const { screen, question } = view;
  if (!question || !('index' in screen)) return null;
  const number = screen.index + 1;
  const total = quiz.questions.length;
  const feedback = screen.kind === 'feedback';
  // A long answer comes in pages: the verdict and as many options as fit, then the rest.
  const pages = feedback
    ? answerPages(
        question,
        view.options.map(({ option }) => option),
      )
    : [[{ kind: 'verdict' as const }, ...view.options.map((_, index) => ({ kind: 'option' as const, index }))]];
  const blocks = pages[Math.min(page, pages.length - 1)]!;
  const showVerdict = blocks.some((block) => block.kind === 'verdict');
  const shownOptions = new Set(blocks.flatMap((block) => (block.kind === 'option' ? [block.index] : [])));

  const toggle = (optionId: string, letter: string) => {
    const next = toggleAnswer(quiz, room, question.id, optionId);
    change(next, q.announceToggle(letter, (next.selections[question.id] ?? []).includes(optionId)), { settlesWarning: true });
  };
  const vote = (optionId: string, letter: string, delta: 1 | -1) => {
    const next = countQuizVote(room, question.id, optionId, delta);
    change(next, ui.room.voteAnnounce(letter, next.tallies[question.id]?.[optionId] ?? 0));
  };

  return (
    <>
      <RoomHeading ref={heading}>
        {feedback ? ui.room.pagedHeading(q.answerHeading(number, total), page + 1, pages.length) : q.question(number, total)}
      </RoomHeading>
      {question.scenario && showVerdict && <p className="room-scenario">{question.scenario}</p>}
      {showVerdict && (
        <p className={screen.kind === 'question' ? 'room-prompt' : 'room-context'}>
          {question.prompt}
          {/* The room must know a question has several right answers; in the prompt's own line, so it costs no height. */}
          {screen.kind === 'question' && question.kind === 'multiple' && <span className="room-choose-all"> {ui.quiz.chooseAll}</span>}
        </p>
      )}
      {feedback && showVerdict && (
        <p className={`room-verdict ${view.correct ? 'is-correct' : 'is-incorrect'}`}>
          <strong>{view.correct ? q.right : q.notQuite}</strong> {question.explanation}
        </p>
      )}
      <ul className="room-options">
        {view.options.map(({ option, letter, votes, percent, selected, mark }, index) => (
          <li
            hidden={!shownOptions.has(index)}
            key={option.id}
            className={`room-option${mark ? ` mark-${mark}` : ''}`}
            data-selected={selected ? 'true' : undefined}
          >
            <p className="room-option-text">
              <span className="room-letter">{letter}</span> {option.text}
            </p>
            {feedback && mark ? (
              <p className="room-option-feedback">
                <strong>
                  <span aria-hidden="true">{MARK_ICONS[mark]} </span>
                  {q.marks[mark]}
                </strong>{' '}
                (<RoomBar percent={percent} /> {ui.room.votes(votes)}): {option.feedback}
              </p>
            ) : (
              <RoomOptionActions
                letter={letter}
                votes={votes}
                percent={percent}
                selected={selected}
                enabled={enabled && !view.revealed}
                pickLabel={q.roomAnswer(letter)}
                onCount={(delta) => vote(option.id, letter, delta)}
                onPick={() => toggle(option.id, letter)}
              />
            )}
          </li>
        ))}
      </ul>
      {feedback && (
        <p className="no-print">
          <button
            type="button"
            className="button secondary"
            disabled={!enabled}
            onClick={() => show(reopenQuestion(quiz, room, question.id))}
          >
            {q.change}
          </button>
        </p>
      )}
    </>
  );
}
