import type { QuizData } from '../../content/schemas/quizzes';
import { ui } from '../../lib/i18n';
import { quizRoomResult, quizRoomRules, quizView, type QuizRoom } from '../../lib/room/quiz-room';
import { quizDensity } from '../../lib/room/screen-density';
import { quizPageCount } from '../../lib/room/screen-pages';
import { readQuizRoom } from '../../lib/progress/room-shelf';
import { RoomHeading } from './RoomHeading';
import { RoomQuizQuestion } from './RoomQuizQuestion';
import { RoomQuizScore } from './RoomQuizScore';
import { RoomSessionNote } from './RoomSessionNote';
import { RoomStage, type RoomFrame } from './RoomStage';
import { useRoomController } from './use-room-controller';
import { roomQuiz } from './room-activity-data';

interface Props {
  id: string;
  quiz: QuizData;
}

const q = ui.room.quiz;

/** What a screen reader hears when a quiz screen (or a page of it) appears. */
function describeScreen(id: string, quiz: QuizData, room: QuizRoom, page: number): string {
  const { screen, question, correct } = quizView(id, quiz, room);
  const total = quiz.questions.length;
  const pages = quizPageCount(id, quiz, room);
  if (page > 0 && 'index' in screen) return ui.room.pagedHeading(q.answerHeading(screen.index + 1, total), page + 1, pages);
  if (page > 0) return ui.room.pagedHeading(q.scoreHeading, page + 1, pages);
  switch (screen.kind) {
    case 'intro':
      return q.announceIntro(quiz.title, total);
    case 'question':
      return q.announceQuestion(screen.index + 1, total, question?.prompt ?? '');
    case 'feedback':
      return q.announceReveal(correct === true, question?.explanation ?? '');
    case 'score': {
      const { score } = quizRoomResult(id, quiz, room);
      return q.announceScore(score.correct, score.total);
    }
  }
}

/** The frame around a quiz screen: where the room is, and what Next does there. */
function frameOf(id: string, quiz: QuizData, room: QuizRoom, page: number, pages: number): RoomFrame {
  const view = quizView(id, quiz, room);
  const { screen } = view;
  const total = quiz.questions.length;
  const number = 'index' in screen ? screen.index + 1 : 0;
  const stepLabel = screen.kind === 'intro' ? quiz.title : screen.kind === 'score' ? q.scoreHeading : q.question(number, total);
  const nextLabel = { intro: q.start, question: q.reveal, feedback: number === total ? q.toScore : q.nextQuestion, score: undefined }[
    screen.kind
  ];
  return {
    screen: screen.kind,
    stepLabel,
    timerKey: String(number),
    canBack: view.canBack || page > 0,
    nextLabel: page < pages - 1 ? ui.room.nextPage : nextLabel,
    density: quizDensity(id, quiz, room, page),
    hint:
      screen.kind === 'question' && !view.revealed ? (view.question?.kind === 'multiple' ? q.answerHintMultiple : q.answerHint) : undefined,
  };
}

/**
 * The room quiz island: its props carry only the quiz's id and its module's exercises file, where the
 * quiz is read from (room-activity-data.ts).
 */
export function RoomQuizIsland({ id, source }: { id: string; source: string }) {
  return <RoomQuiz id={id} quiz={roomQuiz(source, id)} />;
}

/** A quiz for a whole room: one question at a time, the room answers together, then the feedback. */
export function RoomQuiz({ id, quiz }: Props) {
  const controller = useRoomController({
    kind: 'quiz',
    id,
    rules: quizRoomRules(quiz),
    read: readQuizRoom,
    pages: (room) => quizPageCount(id, quiz, room),
    describe: (room, page) => describeScreen(id, quiz, room, page),
  });
  const { room, page, hydrated, resumed, heading, again, stage } = controller;
  const view = quizView(id, quiz, room);

  return (
    <RoomStage {...stage} {...frameOf(id, quiz, room, page, stage.pages)}>
      {view.screen.kind === 'intro' && (
        <>
          <RoomHeading ref={heading}>{quiz.title}</RoomHeading>
          <p className="room-lead">{q.intro(quiz.questions.length)}</p>
          <RoomSessionNote started={resumed || room.revealed.length > 0} onStartAgain={again} enabled={hydrated} />
        </>
      )}
      {view.question && <RoomQuizQuestion quiz={quiz} view={view} controller={controller} />}
      {view.screen.kind === 'score' && (
        <RoomQuizScore id={id} quiz={quiz} room={room} page={page} headingRef={heading} onStartAgain={again} enabled={hydrated} />
      )}
    </RoomStage>
  );
}
