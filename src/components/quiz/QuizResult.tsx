import type { QuizScore } from '../../lib/quiz/score';
import { ui } from '../../lib/i18n';

interface Props {
  score: QuizScore;
  passPercent: number;
  bestScore: number | undefined;
  /** Competency areas' names by id (from the module's exercises file, so the page's code does not carry them). */
  competencyNames: Record<string, string>;
  onRestart: () => void;
}

/** The running and final result: score, pass or not, and the competency areas worth revisiting. */
export function QuizResult({ score, passPercent, bestScore, competencyNames, onRestart }: Props) {
  if (score.answered === 0 && bestScore === undefined) return null;
  const percent = Math.round(score.fraction * 100);
  return (
    <div className="quiz-result">
      <h3>{ui.quiz.scoreHeading}</h3>
      {score.complete ? (
        <>
          <p>
            <strong>{ui.quiz.score(score.correct, score.total, percent)}</strong>{' '}
            {score.passed ? ui.quiz.passed : ui.quiz.notPassed(passPercent)}
          </p>
          {score.revisit.length > 0 ? (
            <>
              <p>{ui.quiz.revisit}</p>
              <ul>
                {score.revisit.map((competency) => (
                  <li key={competency}>{competencyNames[competency] ?? competency}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{ui.quiz.allGood}</p>
          )}
        </>
      ) : (
        <p>{ui.quiz.progressSoFar(score.answered, score.total)}</p>
      )}
      {bestScore !== undefined && <p>{ui.quiz.best(Math.round(bestScore * 100))}</p>}
      <button type="button" className="button secondary" onClick={onRestart}>
        {ui.quiz.restart}
      </button>
    </div>
  );
}
