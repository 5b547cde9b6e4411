import type { Ref } from 'react';
import type { SessionStep } from '../../lib/session/steps';
import { ui } from '../../lib/i18n';
import { RoomHeading } from './RoomHeading';
import { stepMeta, stepTitle } from './RoomSessionScreen';

const t = ui.session;

/** The trainer's screen: the step the room sees, the facilitator guide's notes for it, and what comes next. */
export function RoomPresenterNotes({
  step,
  next,
  headingRef,
}: {
  step: SessionStep;
  next: SessionStep | undefined;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <>
      <RoomHeading ref={headingRef}>{stepTitle(step)}</RoomHeading>
      <p>{stepMeta(step)}</p>
      <h3>{t.notesHeading}</h3>
      <p className="session-notes">{step.notes ?? t.noNotes}</p>
      <h3>{t.nextUpHeading}</h3>
      <p>{next ? `${stepTitle(next)} (${stepMeta(next)})` : t.lastStep}</p>
    </>
  );
}
