import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ModuleSummary } from '../../lib/progress';
import { courseProgress } from '../../lib/curriculum/course';
import { ui } from '../../lib/i18n';
import { longDate } from '../../lib/i18n/dates';
import { useHydrated } from '../shared/use-hydrated';
import { useProgress } from '../shared/use-progress';

/** A printable record of completed modules, with an honest note that it is self-reported. */
export function CompletionRecord({ curriculum }: { curriculum: ModuleSummary[] }) {
  const progress = useProgress();
  const hydrated = useHydrated();
  const [name, setName] = useState('');
  const nameId = useId();
  const nameField = useRef<HTMLInputElement>(null);
  // A name typed into the server-rendered field before the island took over (on a slow connection) is
  // kept: React leaves the field's text alone while hydrating, and this adopts it before a re-render
  // would empty the field. A layout effect, so nothing flickers.
  useLayoutEffect(() => {
    const typed = nameField.current?.value ?? '';
    if (typed !== '') setName((current) => current || typed);
  }, []);
  const course = courseProgress(curriculum, progress);
  const rows = course.modules;

  return (
    <div className="completion-record">
      <p className="name-field no-print">
        <label htmlFor={nameId}>{ui.record.nameLabel}</label>
        <input
          id={nameId}
          ref={nameField}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </p>
      {name && <p className="record-name">{name}</p>}
      <p>{ui.record.summary(course.completed, course.total)}</p>
      {!course.recordReady && <p className="callout">{ui.course.recordNotReady(course.required.completed, course.required.total)}</p>}
      <table>
        <caption className="visually-hidden">{ui.record.title}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.record.module}</th>
            <th scope="col">{ui.record.completed}</th>
            <th scope="col">{ui.record.quiz}</th>
            <th scope="col">{ui.record.roleplays}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ module, status }) => {
            const best = status.quizzes.map((quiz) => quiz.bestScore).filter((score): score is number => score !== undefined);
            return (
              <tr key={module.id}>
                <th scope="row">
                  {module.order}. {module.title}
                </th>
                <td>{status.completedAt ? longDate(status.completedAt) : ui.record.notCompleted}</td>
                <td>{best.length ? `${Math.round(Math.max(...best) * 100)}%` : '—'}</td>
                <td>
                  {ui.record.roleplaysDone(status.roleplays.filter((roleplay) => roleplay.attempts > 0).length, status.roleplays.length)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="honest">{ui.record.honest}</p>
      {hydrated && <p>{ui.record.printedOn(longDate(new Date()))}</p>}
      <section className="signature" aria-labelledby="signature-heading">
        <h2 id="signature-heading">{ui.record.signatureHeading}</h2>
        <p>
          {ui.record.signature}: <span className="line" />
        </p>
        <p>
          {ui.record.signatureName}: <span className="line" />
        </p>
        <p>
          {ui.record.date}: <span className="line" />
        </p>
      </section>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()} disabled={!hydrated}>
          {ui.record.print}
        </button>
      </p>
    </div>
  );
}
