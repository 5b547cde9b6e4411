import { useRef, useState, type ReactNode } from 'react';
import { openingScript } from '../../lib/exercises/first-view';
import { choose, replay, stepBack, type Step } from '../../lib/roleplay/engine';
import { choiceOrder } from '../../lib/roleplay/order';
import { learnerMove, saveLearnerMove } from '../../lib/roleplay/session';
import { ui } from '../../lib/i18n';
import { RapportMeter } from '../shared/RapportMeter';
import { RolePlayDebrief } from './RolePlayDebrief';
import { RolePlayTranscript } from './RolePlayTranscript';
import { StorageNotice } from '../shared/StorageNotice';
import { rolePlayOpeningOf } from '../shared/first-views';
import { loadExercises, useExercises, type Exercises } from '../shared/use-exercises';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { nowIso, store, useProgress } from '../shared/use-progress';

interface Props {
  id: string;
  /**
   * The module's exercises file (src/lib/exercises/module-exercises.ts): the first moment drawn first
   * (first-views.ts), and the rest of the conversation at the first reply. The props carry ids only.
   */
  source: string;
  /** The heading and set-up (RolePlayIntro), server-rendered into this slot. */
  intro?: ReactNode;
}

/** One empty path for every render before the first choice, so its replay is worked out once. */
const NO_STEPS: Step[] = [];

type Whole = Exercises['roleplays'][string];

/** A branching conversation: the mentee speaks, the learner chooses a reply, coaching follows. */
export function RolePlayIsland({ id, source, intro }: Props) {
  const opening = rolePlayOpeningOf(source, id);
  const progress = useProgress();
  const hydrated = useHydrated();
  const whole = useExercises(source)?.roleplays[id];
  const [announcement, setAnnouncement] = useState('');
  const choicesHeading = useRef<HTMLHeadingElement>(null);
  const endingHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  // A saved conversation is shown once the whole script is here to replay it; until then, the opening.
  const steps: Step[] = (whole && progress.roleplays[id]?.current?.steps) || NO_STEPS;
  const script = whole?.script ?? openingScript(opening);
  const state = replay(script, steps);
  const name = opening.menteeName;

  function save(loaded: Whole, next: Step[]) {
    const move = learnerMove(loaded.script, steps, next);
    const at = nowIso();
    store().update((current) => saveLearnerMove(current, id, move, at));
    return move.state;
  }

  /** The whole script: here already, or fetched now (the first reply); undefined if it cannot load. */
  async function loaded(): Promise<Whole | undefined> {
    try {
      return whole ?? (await loadExercises(source)).roleplays[id];
    } catch {
      return undefined;
    }
  }

  async function pick(choiceId: string) {
    const script = await loaded();
    if (!script) {
      setAnnouncement(ui.roleplay.unavailable);
      return;
    }
    const after = save(script, choose(script.script, steps, choiceId));
    const last = after.taken.at(-1)!;
    const reply = after.ending ? after.ending.says : (after.node?.says ?? '');
    setAnnouncement(ui.roleplay.announceChoice(last.choice.feedback, name, reply));
    // Focus moves to what comes next: the new choices, or the ending.
    focusAfterRender(() => (after.ending ? endingHeading : choicesHeading).current);
  }

  function back() {
    if (!whole) return;
    save(whole, stepBack(steps));
    setAnnouncement(ui.roleplay.backAnnounce);
    focusAfterRender(() => choicesHeading.current);
  }

  function restart() {
    if (!whole) return;
    save(whole, []);
    setAnnouncement(ui.roleplay.restartAnnounce);
    focusAfterRender(() => choicesHeading.current);
  }

  return (
    <section className="roleplay" aria-labelledby={`roleplay-${id}-title`} data-exercise={`roleplay:${id}`}>
      {intro}
      {/* The set-up above is searchable; the conversation below changes as people play, so search skips it. */}
      <div data-pagefind-ignore="">
        {hydrated && <StorageNotice />}
        <RapportMeter rapport={state.rapport} />
        <RolePlayTranscript name={name} state={state} />

        {state.node && (
          <div className="roleplay-choices">
            <h3 ref={choicesHeading} tabIndex={-1}>
              {ui.roleplay.whatDoYouSay}
            </h3>
            <ul>
              {choiceOrder(id, state.node).map((choice) => (
                <li key={choice.id}>
                  {/* Works from the first tap: before the island wakes, the tap wakes it and is played again. */}
                  <button type="button" className="choice-button" onClick={() => void pick(choice.id)}>
                    “{choice.line}”
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        {whole && state.ending && (
          <RolePlayDebrief script={whole.script} state={state} resources={whole.resources} headingRef={endingHeading} />
        )}

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
