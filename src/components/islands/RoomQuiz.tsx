import { useRef, useState } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import { ui } from '../../lib/i18n';
import type { Blocked } from '../../lib/room/navigation';
import {
  backQuiz,
  countQuizVote,
  forwardQuiz,
  normalizeQuizRoom,
  quizRoomResult,
  quizView,
  reopenQuestion,
  startQuizRoom,
  toggleAnswer,
  type QuizRoom,
} from '../../lib/room/quiz-room';
import { readQuizRoom } from '../../lib/room/session-store';
import { DEFAULT_SECONDS } from '../../lib/room/timer';
import { RoomQuizScore } from './RoomQuizScore';
import { RoomStage } from './RoomStage';
import { RoomTally } from './RoomTally';
import { useFocusAfterRender } from './use-focus-after-render';
import { usePresenterKeys } from './use-presenter-keys';
import { useHydrated } from './use-progress';
import { useRoomSession } from './use-room-session';

interface Props {
  id: string;
  quiz: QuizData;
}

const q = ui.room.quiz;
const MARK_ICONS = { 'chosen-correct': '✓', 'chosen-wrong': '✗', 'missed-correct': '✓', 'not-chosen': '•' } as const;

/** A quiz for a whole room: one question at a time, the room answers together, then the feedback. */
export function RoomQuiz({ id, quiz }: Props) {
  const hydrated = useHydrated();
  const { room, setRoom, resumed, restart } = useRoomSession('quiz', id, startQuizRoom, (storage) => {
    const kept = readQuizRoom(storage, id);
    return kept && normalizeQuizRoom(quiz, kept);
  });
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const view = quizView(id, quiz, room);
  const { screen, question } = view;
  const total = quiz.questions.length;
  const number = 'index' in screen ? screen.index + 1 : 0;

  function show(next: QuizRoom) {
    setRoom(next);
    setWarning('');
    const after = quizView(id, quiz, next);
    const n = 'index' in after.screen ? after.screen.index + 1 : 0;
    const text = {
      intro: q.announceIntro(quiz.title, total),
      question: q.announceQuestion(n, total, after.question?.prompt ?? ''),
      feedback: q.announceReveal(after.correct === true, after.question?.explanation ?? ''),
      score: scoreAnnouncement(next),
    }[after.screen.kind];
    setAnnouncement(text);
    focusAfterRender(() => heading.current);
  }

  function scoreAnnouncement(next: QuizRoom): string {
    const { score } = quizRoomResult(id, quiz, next);
    return q.announceScore(score.correct, score.total);
  }

  function refuse(blocked: Blocked) {
    setWarning(ui.room.blocked[blocked]);
    setAnnouncement(ui.room.blocked[blocked]);
  }

  const move = (result: { room: QuizRoom; blocked?: Blocked }) => (result.blocked ? refuse(result.blocked) : show(result.room));
  const goNext = () => move(forwardQuiz(quiz, room));
  const goBack = () => move(backQuiz(room));
  usePresenterKeys({ next: goNext, back: goBack }, hydrated);

  function toggle(optionId: string, letter: string) {
    if (!question) return;
    const next = toggleAnswer(quiz, room, question.id, optionId);
    setRoom(next);
    setWarning('');
    setAnnouncement(q.announceToggle(letter, (next.selections[question.id] ?? []).includes(optionId)));
  }

  function vote(optionId: string, letter: string, delta: 1 | -1) {
    if (!question) return;
    const next = countQuizVote(room, question.id, optionId, delta);
    setRoom(next);
    setAnnouncement(ui.room.voteAnnounce(letter, next.tallies[question.id]?.[optionId] ?? 0));
  }

  function again() {
    restart();
    setWarning('');
    setAnnouncement(ui.room.startAgainAnnounce);
    focusAfterRender(() => heading.current);
  }

  const nextLabel = {
    intro: q.start,
    question: q.reveal,
    feedback: number === total ? q.toScore : q.nextQuestion,
    score: undefined,
  }[screen.kind];

  return (
    <RoomStage
      screen={screen.kind}
      stepLabel={screen.kind === 'intro' ? quiz.title : screen.kind === 'score' ? q.scoreHeading : q.question(number, total)}
      timerSeconds={DEFAULT_SECONDS.quiz}
      timerKey={String(number)}
      hydrated={hydrated}
      canBack={view.canBack}
      nextLabel={nextLabel}
      onBack={goBack}
      onNext={goNext}
      announcement={announcement}
      warning={warning}
      resumed={resumed}
    >
      {screen.kind === 'intro' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {quiz.title}
          </h2>
          <p className="room-lead">{q.intro(total)}</p>
          <p className="room-note">{ui.room.notSaved}</p>
          {(resumed || room.revealed.length > 0) && (
            <p>
              <button type="button" className="button secondary" onClick={again} disabled={!hydrated}>
                {ui.room.startAgain}
              </button>
            </p>
          )}
        </>
      )}

      {question && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {screen.kind === 'feedback' ? q.answerHeading(number, total) : q.question(number, total)}
          </h2>
          {question.scenario && <p className="room-scenario">{question.scenario}</p>}
          <p className={screen.kind === 'question' ? 'room-prompt' : 'room-context'}>{question.prompt}</p>
          {screen.kind === 'feedback' && (
            <p className={`room-verdict ${view.correct ? 'is-correct' : 'is-incorrect'}`}>
              <strong>{view.correct ? q.right : q.notQuite}</strong> {question.explanation}
            </p>
          )}
          {screen.kind === 'question' && !view.revealed && <p className="room-hint">{question.kind === 'multiple' ? q.answerHintMultiple : q.answerHint}</p>}
          <ul className="room-options">
            {view.options.map(({ option, letter, votes, selected, mark }) => (
              <li key={option.id} className={`room-option${mark ? ` mark-${mark}` : ''}`} data-selected={selected ? 'true' : undefined}>
                <p className="room-option-text">
                  <span className="room-letter">{letter}</span> {option.text}
                </p>
                {screen.kind === 'feedback' && mark ? (
                  <p className="room-option-feedback">
                    <strong>
                      <span aria-hidden="true">{MARK_ICONS[mark]} </span>
                      {q.marks[mark]}
                    </strong>{' '}
                    ({ui.room.votes(votes)}): {option.feedback}
                  </p>
                ) : (
                  <div className="room-option-actions">
                    <RoomTally letter={letter} votes={votes} enabled={hydrated && !view.revealed} onCount={(delta) => vote(option.id, letter, delta)} />
                    <button type="button" className="button secondary room-pick" aria-pressed={selected} onClick={() => toggle(option.id, letter)} disabled={!hydrated || view.revealed}>
                      {selected && <span aria-hidden="true">✓ </span>}
                      {q.roomAnswer(letter)}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {screen.kind === 'feedback' && (
            <p className="no-print">
              <button type="button" className="button secondary" disabled={!hydrated} onClick={() => show(reopenQuestion(quiz, room, question.id))}>
                {q.change}
              </button>
            </p>
          )}
        </>
      )}

      {screen.kind === 'score' && <RoomQuizScore id={id} quiz={quiz} room={room} headingRef={heading} onStartAgain={again} enabled={hydrated} />}
    </RoomStage>
  );
}
