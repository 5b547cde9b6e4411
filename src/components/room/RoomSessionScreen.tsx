import type { Ref } from 'react';
import type { SessionStep } from '../../lib/session/steps';
import { readClock } from '../../lib/planner/plan';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { RoomHeading } from './RoomHeading';

const t = ui.session;

function time(minutes: number): string {
  const { hour, minute, day } = readClock(minutes);
  return ui.planner.time(hour, minute, day);
}

/** A step's title: the activity, or "Break" for a break the trainer added or one between modules. */
export function stepTitle(step: SessionStep): string {
  if (step.label) return step.label;
  return step.module ? t.breakTitle : t.betweenModules;
}

/** "Talk, 15 min, 9:10 AM to 9:25 AM". */
export function stepMeta(step: SessionStep): string {
  return t.meta(ui.planner.kinds[step.kind] ?? step.kind, step.minutes, ui.planner.span(time(step.start), time(step.end)));
}

/** What the room sees at one step: a talk's slide, or the activity with its room-mode links. */
export function RoomSessionScreen({ step, headingRef }: { step: SessionStep; headingRef: Ref<HTMLHeadingElement> }) {
  const { slide } = step;
  return (
    <>
      <RoomHeading ref={headingRef}>{stepTitle(step)}</RoomHeading>
      {slide ? (
        <div className="session-slide">
          <h3>{slide.list === 'objectives' ? t.objectivesHeading : t.pointsHeading}</h3>
          <ul className="session-points">
            {slide.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {slide.prompt && (
            <>
              <h3>{t.promptHeading}</h3>
              <p className="room-lead">{slide.prompt}</p>
            </>
          )}
          {slide.scenario && (
            <>
              <h3>{t.scenarioHeading(slide.scenario.title)}</h3>
              <p>{slide.scenario.premise}</p>
            </>
          )}
        </div>
      ) : (
        <p className="room-lead">{stepMeta(step)}</p>
      )}
      {step.room.length > 0 && (
        <>
          <h3>{t.roomHeading}</h3>
          <ul>
            {step.room.map((link) => (
              <li key={link.path}>
                <a href={withBase(link.path)}>{link.title}</a>
              </li>
            ))}
          </ul>
          <p className="room-note">{t.roomHint}</p>
        </>
      )}
    </>
  );
}
