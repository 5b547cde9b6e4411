import { useEffect, useRef } from 'react';
import type { QuizQuestion as QuestionData } from '../../content/schemas/quizzes';
import type { QuizQuestionView } from '../../lib/exercises/first-view';
import { isCorrect, markOptions } from '../../lib/quiz/score';
import { ui } from '../../lib/i18n';
import { optionOrder } from '../../lib/quiz/order';
import { MARK_ICONS } from '../shared/mark-icons';
import type { QuestionExtra } from '../../lib/exercises/first-view';

interface Props {
  quizId: string;
  number: number;
  total: number;
  question: QuizQuestionView;
  /** The whole question (which options are right, feedback, explanation), once loaded. */
  whole: QuestionData | undefined;
  /** The checked answer, once the learner has checked it (given only with `whole`). */
  answered: string[] | undefined;
  /** What is ticked but not yet checked. */
  draft: string[];
  /** Check was pressed with nothing chosen. */
  unchosen: boolean;
  /** The saved answer chose an option that was removed since, so it no longer counts. */
  changed: boolean;
  extra?: QuestionExtra | undefined;
  fieldsetRef: (element: HTMLFieldSetElement | null) => void;
  onDraft: (selected: string[]) => void;
  onCheck: () => void;
  onRetry: () => void;
}

/** One question: real radio buttons or checkboxes in a fieldset, then feedback on every option. */
export function QuizQuestion(props: Props) {
  const { quizId, number, total, question, whole, draft, unchosen, changed, extra, fieldsetRef, onDraft, onCheck, onRetry } = props;
  const answered = whole ? props.answered : undefined;
  const checked = answered !== undefined;
  const selected = answered ?? draft;
  const marks = whole && answered ? markOptions(whole, answered) : undefined;
  const correct = whole && answered ? isCorrect(whole, answered) : false;
  const feedback = new Map(whole?.options.map((option) => [option.id, option.feedback]));
  const name = `${quizId}-${question.id}`;
  const nudgeId = `${name}-choose-first`;
  const retryButton = useRef<HTMLButtonElement>(null);
  const wasChecked = useRef(checked);

  // When an answer is checked, the Check button gives way to Try again: focus follows it.
  useEffect(() => {
    if (checked && !wasChecked.current && document.activeElement === document.body) retryButton.current?.focus();
    wasChecked.current = checked;
  }, [checked]);

  const toggle = (optionId: string, on: boolean) => {
    if (question.kind === 'single') onDraft([optionId]);
    else onDraft(on ? [...draft, optionId] : draft.filter((id) => id !== optionId));
  };

  return (
    <li id={extra?.anchor} className={`quiz-question${checked ? (correct ? ' is-correct' : ' is-incorrect') : ''}`}>
      <fieldset ref={fieldsetRef}>
        <legend>
          <span className="question-number">{ui.quiz.questionOf(number, total)}</span>
          {extra?.label && <span className="question-label">{extra.label}</span>}
          {question.scenario && <span className="scenario">{question.scenario}</span>}
          <span className="prompt">{question.prompt}</span>
          {question.kind === 'multiple' && <span className="hint">{ui.quiz.chooseAll}</span>}
        </legend>
        {changed && !checked && <p className="question-note">{ui.quiz.changed}</p>}
        <ul className="options">
          {optionOrder(quizId, question).map((option) => {
            const mark = marks?.[option.id];
            return (
              <li key={option.id} className={`option${mark ? ` mark-${mark}` : ''}`}>
                {/* The label wraps its input: no id to pair them, so each option is shorter in the page's HTML. */}
                <label className="option-choice">
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    name={name}
                    value={option.id}
                    checked={selected.includes(option.id)}
                    disabled={checked}
                    onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                  />
                  <span>{option.text}</span>
                </label>
                {mark && (
                  <p className="option-feedback">
                    <strong>
                      <span aria-hidden="true">{MARK_ICONS[mark]} </span>
                      {ui.quiz.marks[mark]}:
                    </strong>{' '}
                    {feedback.get(option.id)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {checked ? (
          <div className="question-feedback">
            <p className="verdict">
              <strong>{correct ? ui.quiz.correct : ui.quiz.incorrect}</strong> {whole?.explanation}
            </p>
            <button type="button" className="button secondary" ref={retryButton} onClick={onRetry}>
              {ui.quiz.tryAgain}
            </button>
          </div>
        ) : (
          <div className="question-check">
            {/* Works from the first tap: before the island wakes, the tap wakes it and is played again. */}
            <button type="button" className="button" onClick={onCheck} aria-describedby={unchosen ? nudgeId : undefined}>
              {ui.quiz.check}
            </button>
            {unchosen && (
              <p id={nudgeId} className="form-error">
                {ui.quiz.chooseFirst}
              </p>
            )}
          </div>
        )}
      </fieldset>
      {extra?.links?.map((link) => (
        <p key={link.href} className="question-link">
          {link.lead}
          <a href={link.href}>{link.text}</a>
        </p>
      ))}
    </li>
  );
}
