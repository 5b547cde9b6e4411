import { useRef, useState, type ReactNode } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { choose, replay, stepBack, type Step } from '../../lib/roleplay/engine';
import { choiceOrder } from '../../lib/roleplay/order';
import { learnerMove, saveLearnerMove } from '../../lib/roleplay/session';
import { ui } from '../../lib/i18n';
import { RapportMeter } from '../shared/RapportMeter';
import { RolePlayDebrief, type ResourceRef } from './RolePlayDebrief';
import { RolePlayHandout } from './RolePlayHandout';
import { RolePlayTranscript } from './RolePlayTranscript';
import { StorageNotice } from '../shared/StorageNotice';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { nowIso, store, useProgress } from '../shared/use-progress';

interface Props {
  id: string;
  script: RoleplayData;
  /** Names and links of the resources its endings mention, looked up at build time. */
  resources: ResourceRef[];
  /** The "if this becomes real" box for the printed handout, rendered at build time (RolePlay.astro). */
  children?: ReactNode;
}

/** One empty path for every render before the first choice, so its replay is worked out once. */
const NO_STEPS: Step[] = [];

/** A branching conversation: the mentee speaks, the learner chooses a reply, coaching follows. */
export function RolePlayIsland({ id, script, resources, children }: Props) {
  const progress = useProgress();
  const hydrated = useHydrated();
  const [announcement, setAnnouncement] = useState('');
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const endingHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const steps: Step[] = progress.roleplays[id]?.current?.steps ?? NO_STEPS;
  const state = replay(script, steps);
  const name = script.mentee.name;

  function save(next: Step[]) {
    const move = learnerMove(script, steps, next);
    const at = nowIso();
    store().update((current) => saveLearnerMove(current, id, move, at));
    return move.state;
  }

  function pick(choiceId: string) {
    const after = save(choose(script, steps, choiceId));
    const last = after.taken.at(-1)!;
    const reply = after.ending ? after.ending.says : (after.node?.says ?? '');
    setAnnouncement(ui.roleplay.announceChoice(last.choice.feedback, name, reply));
    // Focus moves to what comes next: the new choices, or the ending.
    focusAfterRender(() => (after.ending ? endingHeading : choicesHeading).current);
  }

  function back() {
    save(stepBack(steps));
    setAnnouncement(ui.roleplay.backAnnounce);
    focusAfterRender(() => choicesHeading.current);
  }

  function restart() {
    save([]);
    setAnnouncement(ui.roleplay.restartAnnounce);
    focusAfterRender(() => choicesHeading.current);
  }

  return (
    <section className="roleplay" aria-labelledby={`roleplay-${id}-title`}>
      <h2 id={`roleplay-${id}-title`}>{ui.roleplay.heading(script.title)}</h2>
      {script.contentNote && (
        <p className="roleplay-note">
          <strong data-pagefind-ignore="">{ui.roleplay.contentNote}:</strong> {script.contentNote}
        </p>
      )}
      {/* Premises describe situations the way mentors search for them, so they count for more in search. */}
      <p data-pagefind-weight="3">{script.premise}</p>
      <p>
        <strong data-pagefind-ignore="">{ui.roleplay.youAreTalkingWith(name)}.</strong> {script.mentee.situation}
      </p>
      {/* The set-up above is searchable; the conversation below changes as people play, so search skips it. */}
      <div data-pagefind-ignore="">
        <RolePlayHandout id={id} script={script} safetyBox={children} />
        {hydrated && <StorageNotice />}
        <RapportMeter rapport={state.rapport} />
        <RolePlayTranscript script={script} state={state} />

        {state.node && (
          <div className="roleplay-choices">
            <h3 ref={choicesHeading} tabIndex={-1}>
              {ui.roleplay.whatDoYouSay}
            </h3>
            {!hydrated && <p>{ui.roleplay.readyHint}</p>}
            <ul>
              {choiceOrder(id, state.node).map((choice) => (
                <li key={choice.id}>
                  <button type="button" className="choice-button" disabled={!hydrated} onClick={() => pick(choice.id)}>
                    “{choice.line}”
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        {state.ending && <RolePlayDebrief script={script} state={state} resources={resources} headingRef={endingHeading} />}

        <p className="button-row roleplay-controls">
          <button type="button" className="button secondary" onClick={back} disabled={!hydrated || steps.length === 0}>
            {ui.roleplay.stepBack}
          </button>
          <button type="button" className="button secondary" onClick={restart} disabled={!hydrated || steps.length === 0}>
            {ui.roleplay.startOver}
          </button>
        </p>
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </div>
    </section>
  );
}
