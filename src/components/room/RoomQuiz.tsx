import type { QuizData, QuizQuestion } from '../../content/schemas/quizzes';
import { ui } from '../../lib/i18n';
import { quizRoomResult, quizRoomRules, quizView, type QuizRoom, type QuizView } from '../../lib/room/quiz-room';
import { readQuizRoom } from '../../lib/progress/room-shelf';
import { RoomHeading } from './RoomHeading';
import { RoomQuizQuestion } from './RoomQuizQuestion';
import { RoomQuizScore } from './RoomQuizScore';
import { RoomSessionNote } from './RoomSessionNote';
import { RoomStage, type RoomFrame } from './RoomStage';
import { useRoomController } from './use-room-controller';

interface Props {
  id: string;
  quiz: QuizData;
}

const q = ui.room.quiz;

/** What a screen reader hears when a quiz screen appears. */
function describeScreen(id: string, quiz: QuizData, room: QuizRoom): string {
  const { screen, question, correct } = quizView(id, quiz, room);
  const total = quiz.questions.length;
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
function frameOf(quiz: QuizData, view: QuizView<QuizQuestion>): RoomFrame {
  const { screen } = view;
  const total = quiz.questions.length;
  const number = 'index' in screen ? screen.index + 1 : 0;
  const stepLabel = screen.kind === 'intro' ? quiz.title : screen.kind === 'score' ? q.scoreHeading : q.question(number, total);
  const nextLabel = { intro: q.start, question: q.reveal, feedback: number === total ? q.toScore : q.nextQuestion, score: undefined }[
    screen.kind
  ];
  return { screen: screen.kind, stepLabel, timerKey: String(number), canBack: view.canBack, nextLabel };
}

/** A quiz for a whole room: one question at a time, the room answers together, then the feedback. */
export function RoomQuiz({ id, quiz }: Props) {
  const describe = (next: QuizRoom) => describeScreen(id, quiz, next);
  const controller = useRoomController({ kind: 'quiz', id, rules: quizRoomRules(quiz), read: readQuizRoom, describe });
  const { room, hydrated, resumed, heading, again, stage } = controller;
  const view = quizView(id, quiz, room);

  return (
    <RoomStage {...stage} {...frameOf(quiz, view)}>
      {view.screen.kind === 'intro' && (
        <>
          <RoomHeading ref={heading}>{quiz.title}</RoomHeading>
          <p className="room-lead">{q.intro(quiz.questions.length)}</p>
          <RoomSessionNote started={resumed || room.revealed.length > 0} onStartAgain={again} enabled={hydrated} />
        </>
      )}
      {view.question && <RoomQuizQuestion quiz={quiz} view={view} controller={controller} />}
      {view.screen.kind === 'score' && (
        <RoomQuizScore id={id} quiz={quiz} room={room} headingRef={heading} onStartAgain={again} enabled={hydrated} />
      )}
    </RoomStage>
  );
}
