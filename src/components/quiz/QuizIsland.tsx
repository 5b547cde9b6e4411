import { useLayoutEffect, useRef, useState } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import { clearAnswer, resetQuizAnswers } from '../../lib/progress';
import { canCheck, isCorrect, scoreQuiz } from '../../lib/quiz/score';
import { changedQuestions, checkAnswer, draftsFromForm, savedAnswers } from '../../lib/quiz/session';
import { ui } from '../../lib/i18n';
import { QuizQuestion } from './QuizQuestion';
import { QuizResult } from './QuizResult';
import { StorageNotice } from '../shared/StorageNotice';
import { quizView } from '../shared/first-views';
import { loadExercises, useExercises } from '../shared/use-exercises';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { nowIso, store, useProgress } from '../shared/use-progress';

interface Props {
  id: string;
  /**
   * The module's exercises file (src/lib/exercises/module-exercises.ts): the questions and options
   * drawn first (first-views.ts), and what checking reveals. The props carry ids only.
   */
  source: string;
}

/** A quiz that teaches: check each answer, read why every option helps or harms, retry, see a score. */
export function QuizIsland({ id, source }: Props) {
  const view = quizView(source, id);
  const savedProgress = useProgress();
  const hydrated = useHydrated();
  const exercises = useExercises(source);
  const quiz = exercises?.quizzes[id];
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [announcement, setAnnouncement] = useState('');
  /** The question whose Check button was pressed with nothing chosen: it says so on screen. */
  const [unchosen, setUnchosen] = useState<string | undefined>();
  const section = useRef<HTMLElement>(null);
  const questionRefs = useRef<Record<string, HTMLFieldSetElement | null>>({});
  const focusAfterRender = useFocusAfterRender();
  // Saved answers are shown once the whole quiz is here to mark them; until then, the first view.
  const saved = quiz ? savedProgress.quizzes[id] : undefined;
  const answers = quiz ? savedAnswers(quiz, saved?.answers) : {};
  const changed = quiz ? changedQuestions(quiz, saved?.answers) : [];
  const passPercent = Math.round(view.passMark * 100);

  // Options ticked in the server-rendered form before the island took over (on a slow connection, or
  // the tap that wakes it) are kept: React leaves them ticked while hydrating, and this adopts them as
  // drafts before the first re-render would untick them. A layout effect, so nothing flickers.
  useLayoutEffect(() => {
    const ticked = [...(section.current?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])];
    const adopted = draftsFromForm(id, view, ticked);
    if (Object.keys(adopted).length > 0) setDrafts((current) => ({ ...adopted, ...current }));
  }, [id, view]);

  function draft(questionId: string, selected: string[]) {
    setDrafts((current) => ({ ...current, [questionId]: selected }));
    if (unchosen === questionId) setUnchosen(undefined);
  }

  async function check(questionIndex: number) {
    const questionId = view.questions[questionIndex]!.id;
    const selected = drafts[questionId] ?? [];
    if (!canCheck(selected)) {
      setUnchosen(questionId);
      // Said again each time (the live region only speaks when its text changes).
      setAnnouncement((current) => (current === ui.quiz.chooseFirst ? `${ui.quiz.chooseFirst}\u00a0` : ui.quiz.chooseFirst));
      return;
    }
    setUnchosen(undefined);
    let whole: QuizData | undefined;
    try {
      whole = quiz ?? (await loadExercises(source)).quizzes[id];
    } catch {
      whole = undefined;
    }
    const question = whole?.questions[questionIndex];
    if (!whole || !question) {
      setAnnouncement(ui.quiz.unavailable);
      return;
    }
    const at = nowIso();
    store().update((current) => checkAnswer(current, id, whole, question, selected, at));
    setAnnouncement(ui.quiz.announce(questionIndex + 1, isCorrect(question, selected), question.explanation));
  }

  function retry(questionId: string) {
    store().update((current) => clearAnswer(current, id, questionId));
    setDrafts((current) => ({ ...current, [questionId]: [] }));
    setAnnouncement('');
    // The retried question's first option gets focus, so keyboard users land where they answer.
    focusAfterRender(() => questionRefs.current[questionId]?.querySelector('input'));
  }

  function restart() {
    store().update((current) => resetQuizAnswers(current, id));
    setDrafts({});
    setAnnouncement(ui.quiz.restarted);
    focusAfterRender(() => questionRefs.current[view.questions[0]!.id]?.querySelector('input'));
  }

  return (
    <section ref={section} className="quiz" aria-labelledby={`quiz-${id}-title`} data-pagefind-ignore="" data-exercise={`quiz:${id}`}>
      <h2 id={`quiz-${id}-title`}>{view.heading ?? ui.quiz.heading(view.title)}</h2>
      {/* How the quiz works on screen; a printed handout leaves it out. */}
      <p className="no-print">{view.intro ?? ui.quiz.intro(view.questions.length, passPercent)}</p>
      {hydrated && <StorageNotice />}
      <ol className="quiz-questions">
        {view.questions.map((question, index) => (
          <QuizQuestion
            key={question.id}
            quizId={id}
            number={index + 1}
            total={view.questions.length}
            question={question}
            whole={quiz?.questions[index]}
            answered={answers[question.id]?.selected}
            draft={drafts[question.id] ?? []}
            unchosen={unchosen === question.id}
            changed={changed.includes(question.id)}
            extra={view.extras?.[question.id]}
            fieldsetRef={(element) => {
              questionRefs.current[question.id] = element;
            }}
            onDraft={(selected) => draft(question.id, selected)}
            onCheck={() => void check(index)}
            onRetry={() => retry(question.id)}
          />
        ))}
      </ol>
      {exercises && quiz && (
        <QuizResult
          score={scoreQuiz(quiz, answers)}
          passPercent={passPercent}
          bestScore={saved?.bestScore}
          competencyNames={exercises.competencies}
          onRestart={restart}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
