import type { Ref } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import { competencyName } from '../../lib/curriculum/competencies';
import { ui } from '../../lib/i18n';
import { quizRoomResult, type QuizRoom } from '../../lib/room/quiz-room';
import { scorePages } from '../../lib/room/screen-pages';
import { RoomEndActions } from './RoomEndActions';
import { RoomHeading } from './RoomHeading';
import { RoomVoteChart } from './RoomVoteChart';

interface Props {
  id: string;
  quiz: QuizData;
  room: QuizRoom;
  /** Which page of the score is showing (pages are decided in lib/room/screen-pages). */
  page: number;
  headingRef: Ref<HTMLHeadingElement>;
  onStartAgain: () => void;
  enabled: boolean;
}

const q = ui.room.quiz;

/** The room's score, then each question: what the room said, what was right, how the votes fell; a page at a time. */
export function RoomQuizScore({ id, quiz, room, page, headingRef, onStartAgain, enabled }: Props) {
  const { score, rows } = quizRoomResult(id, quiz, room);
  const prompts = quiz.questions.map((question) => question.prompt);
  const pages = scorePages(prompts, score.revisit.length);
  const blocks = pages[Math.min(page, pages.length - 1)]!;
  const shownRows = rows.filter((row) => blocks.some((block) => block.kind === 'row' && block.index === row.index));
  return (
    <div className="room-score">
      <RoomHeading ref={headingRef}>{ui.room.pagedHeading(q.scoreHeading, page + 1, pages.length)}</RoomHeading>
      {blocks.some((block) => block.kind === 'score') && (
        <p className="room-lead">
          <strong>{q.score(score.correct, score.total, Math.round(score.fraction * 100))}</strong>{' '}
          {q.passMark(Math.round(quiz.passMark * 100))}
        </p>
      )}
      {shownRows.length > 0 && (
        <>
          <h3>{q.rowsHeading}</h3>
          <ol className="room-score-rows">
            {shownRows.map((row) => (
              <li key={row.question.id} value={row.index + 1}>
                <p className="room-score-prompt">{prompts[row.index]}</p>
                <p>
                  <strong>{row.correct ? q.right : q.notQuite}</strong> {q.roomSaid(row.chosenLetters.join(', '))} ·{' '}
                  {q.rightAnswer(row.rightLetters.join(', '))}
                </p>
                <RoomVoteChart rows={row.tally} />
              </li>
            ))}
          </ol>
        </>
      )}
      {blocks.some((block) => block.kind === 'revisit') && (
        <>
          <h3>{q.revisit}</h3>
          <ul>
            {score.revisit.map((competency) => (
              <li key={competency}>{competencyName(competency)}</li>
            ))}
          </ul>
        </>
      )}
      {page >= pages.length - 1 && <RoomEndActions onStartAgain={onStartAgain} enabled={enabled} />}
    </div>
  );
}
