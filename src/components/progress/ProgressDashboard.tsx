import { isEmpty, type ModuleSummary, type Outcome } from '../../lib/progress';
import type { KnownIds } from '../../lib/progress/transfer';
import { courseProgress } from '../../lib/curriculum/course';
import type { PracticeTarget } from '../../lib/roleplay/pattern';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { ClearProgress } from './ClearProgress';
import { CourseProgressBar } from './CourseProgressBar';
import { PracticePattern } from './PracticePattern';
import { ProgressTransfer } from './ProgressTransfer';
import { SharedComputer } from './SharedComputer';
import { StorageNotice } from '../shared/StorageNotice';
import { useBrowserValue, useHydrated } from '../shared/use-hydrated';
import { framedByAnotherSite } from '../../lib/frame';
import { ProgressBackups } from './ProgressBackups';
import { useProgress } from '../shared/use-progress';

interface Props {
  curriculum: ModuleSummary[];
  /** Ids in the current content, so imports can skip items for retired content. Arrays: props must be plain data. */
  known: { modules: string[]; quizzes: string[]; roleplays: string[]; resources: string[] };
  /** Where to practise each skill, for the practice pattern. */
  practice: Record<string, PracticeTarget>;
}

/** How often a role-play was played, and its best ending once there is one. */
function attemptsSummary(attempts: number, bestOutcome: Outcome | undefined): string {
  return bestOutcome ? `${ui.progress.attempts(attempts)}, ${ui.progress.outcome[bestOutcome]}` : ui.progress.attempts(attempts);
}

/** The learner's progress: where they are, what to do next, and tools to move or clear it. */
export function ProgressDashboard({ curriculum, known, practice }: Props) {
  const progress = useProgress();
  const hydrated = useHydrated();
  // Destructive actions are refused inside another website's frame (see lib/frame.ts).
  const framed = useBrowserValue(() => framedByAnotherSite(window), false);
  const course = courseProgress(curriculum, progress);
  const next = course.next;
  const knownIds: KnownIds = {
    modules: new Set(known.modules),
    quizzes: new Set(known.quizzes),
    roleplays: new Set(known.roleplays),
    resources: new Set(known.resources),
  };

  return (
    <div className="progress-dashboard">
      {hydrated && <StorageNotice showLink={false} />}
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{ui.progress.nextHeading}</h2>
        {next ? (
          <p>
            {isEmpty(progress) && <>{ui.progress.nothingYet} </>}
            <a className="button" href={withBase(`/modules/${next.module.id}/`)}>
              {next.action === 'start' ? ui.home.start(next.module.title) : ui.progress.next(next.module.title)}
            </a>
          </p>
        ) : (
          <p>{ui.progress.allDone}</p>
        )}
        <CourseProgressBar course={course} />
      </section>

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">{ui.progress.modulesHeading}</h2>
        <ol className="progress-modules">
          {course.modules.map(({ module, status }) => {
            return (
              <li key={module.id} data-module-id={module.id} data-state={status.state}>
                <h3>
                  <a href={withBase(`/modules/${module.id}/`)}>{module.title}</a>
                  <span className="course-mark" aria-hidden="true">
                    {ui.course.marks[status.state]}
                  </span>
                </h3>
                <p className="progress-state">
                  <strong>{ui.status[status.state] || ui.progress.notAttempted}</strong>
                </p>
                <ul>
                  {status.quizzes.map((quiz) => (
                    <li key={quiz.id}>
                      {ui.progress.quiz}: {quiz.title} —{' '}
                      {quiz.bestScore !== undefined
                        ? ui.progress.bestScore(Math.round(quiz.bestScore * 100), quiz.passed)
                        : quiz.answered > 0
                          ? ui.progress.answered(quiz.answered, quiz.questions)
                          : ui.progress.notAttempted}
                    </li>
                  ))}
                  {status.roleplays.map((roleplay) => (
                    <li key={roleplay.id}>
                      {roleplay.title} —{' '}
                      {roleplay.attempts > 0
                        ? attemptsSummary(roleplay.attempts, roleplay.bestOutcome)
                        : roleplay.inProgress
                          ? ui.progress.inProgress
                          : ui.progress.notAttempted}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{ui.record.title}</h2>
        {course.recordReady ? (
          <>
            <p>{ui.course.recordReady}</p>
            <p>
              <a className="button" href={withBase('/progress/record/')}>
                {ui.record.print}
              </a>
            </p>
          </>
        ) : (
          <p>{ui.course.recordNotReady(course.required.completed, course.required.total)}</p>
        )}
        <p>{ui.record.intro}</p>
      </section>

      <PracticePattern progress={progress} roleplays={known.roleplays} targets={practice} />

      {framed && (
        <p className="callout" role="status">
          {ui.frame.refused}
        </p>
      )}
      <ProgressTransfer known={knownIds} enabled={hydrated} importEnabled={hydrated && !framed} />
      <ProgressBackups enabled={hydrated && !framed} />
      <ClearProgress enabled={hydrated && !framed} />
      <SharedComputer />
    </div>
  );
}
