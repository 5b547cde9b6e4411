import type { Ref } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import { competencyName } from '../../lib/curriculum/competencies';
import { ui } from '../../lib/i18n';
import { quizRoomResult, type QuizRoom } from '../../lib/room/quiz-room';
import { RoomEndActions } from './RoomEndActions';
import { RoomHeading } from './RoomHeading';

interface Props {
  id: string;
  quiz: QuizData;
  room: QuizRoom;
  headingRef: Ref<HTMLHeadingElement>;
  onStartAgain: () => void;
  enabled: boolean;
}

const q = ui.room.quiz;

/** The room's score, then each question: what the room said, what was right, how the votes fell. */
export function RoomQuizScore({ id, quiz, room, headingRef, onStartAgain, enabled }: Props) {
  const { score, rows } = quizRoomResult(id, quiz, room);
  const prompts = new Map(quiz.questions.map((question) => [question.id, question.prompt]));
  return (
    <div className="room-score">
      <RoomHeading ref={headingRef}>{q.scoreHeading}</RoomHeading>
      <p className="room-lead">
        <strong>{q.score(score.correct, score.total, Math.round(score.fraction * 100))}</strong>{' '}
        {q.passMark(Math.round(quiz.passMark * 100))}
      </p>
      <h3>{q.rowsHeading}</h3>
      <ol className="room-score-rows">
        {rows.map((row) => (
          <li key={row.question.id} value={row.index + 1}>
            <p className="room-score-prompt">{prompts.get(row.question.id)}</p>
            <p>
              <strong>{row.correct ? q.right : q.notQuite}</strong> {q.roomSaid(row.chosenLetters.join(', '))} ·{' '}
              {q.rightAnswer(row.rightLetters.join(', '))}
            </p>
            <p className="room-score-votes">
              {ui.room.votesLabel}: {row.tally.some((entry) => entry.votes > 0) ? ui.room.tallySummary(row.tally) : ui.room.noVotes}
            </p>
          </li>
        ))}
      </ol>
      {score.revisit.length > 0 && (
        <>
          <h3>{q.revisit}</h3>
          <ul>
            {score.revisit.map((competency) => (
              <li key={competency}>{competencyName(competency)}</li>
            ))}
          </ul>
        </>
      )}
      <RoomEndActions onStartAgain={onStartAgain} enabled={enabled} />
    </div>
  );
}
