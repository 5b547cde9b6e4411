import { useEffect, useRef, useState } from 'react';
import type { PlannerModule } from '../../lib/planner/plan';
import { buildSchedule } from '../../lib/planner/schedule';
import { planFromSearch, planToSearch } from '../../lib/planner/share';
import type { SessionContent } from '../../lib/session/content';
import { sessionSteps, type SessionStep } from '../../lib/session/steps';
import { placeFromSearch, placeToSearch } from '../../lib/session/sync';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { RoomPresenterNotes } from './RoomPresenterNotes';
import { RoomSessionScreen, stepTitle } from './RoomSessionScreen';
import { RoomStage } from './RoomStage';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { useSessionSync } from './use-session-sync';
import { islandData } from '../shared/island-data';

const t = ui.session;

interface Loaded {
  planSearch: string;
  steps: SessionStep[];
  step: number;
  presenter: boolean;
}

/** What a planned session plays from: /room/session/content.json. */
export interface SessionData {
  modules: PlannerModule[];
  content: SessionContent;
}

/** The session island: its props carry only where its data is (components/shared/island-data.ts). */
export function RoomSessionIsland({ source }: { source: string }) {
  const { modules, content } = islandData<SessionData>(source);
  return <RoomSession modules={modules} content={content} />;
}

/**
 * A planned session, played in run-sheet order in room mode's player. The plan comes from the page
 * address (the planner's own link), read once the island has mounted so the server's HTML matches.
 * The same page is the projector (`step=N`) and the presenter view (`&view=presenter`).
 */
export function RoomSession({ modules, content }: { modules: PlannerModule[]; content: SessionContent }) {
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  if (hydrated && !loaded) {
    const { plan } = planFromSearch(window.location.search, modules);
    const steps = sessionSteps(buildSchedule(plan, modules), content);
    setLoaded({ planSearch: planToSearch(plan, modules), steps, ...placeFromSearch(window.location.search, steps.length) });
  }
  if (!loaded) return <p className="room-note">{t.loading}</p>;
  if (loaded.steps.length === 0)
    return (
      <p className="room-note">
        {t.noPlan} <a href={withBase('/planner/')}>{t.plannerLink}</a>
      </p>
    );
  return <SessionPlayer {...loaded} />;
}

function SessionPlayer({ planSearch, steps, step: first, presenter }: Loaded) {
  const [step, setStep] = useState(first);
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const [blockedPopup, setBlockedPopup] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const current = steps[step]!;
  const describe = (at: number) => t.announce(at + 1, steps.length, stepTitle(steps[at]!));

  const tellOther = useSessionSync(planSearch, steps.length, step, (remote) => {
    setStep(remote);
    setWarning('');
    setAnnouncement(describe(remote));
  });

  // The address always names this step, so a reload, or Back from a room activity, returns here.
  useEffect(() => {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${placeToSearch(planSearch, { step, presenter })}${hash}`);
  }, [planSearch, step, presenter]);

  function go(to: number) {
    if (to < 0 || to >= steps.length) {
      const said = ui.room.blocked[to < 0 ? 'at-start' : 'at-end'];
      setWarning(said);
      setAnnouncement(said);
      return;
    }
    setStep(to);
    setWarning('');
    setAnnouncement(describe(to));
    tellOther(to);
    focusAfterRender(() => heading.current);
  }
  const onNext = () => go(step + 1);
  const onBack = () => go(step - 1);
  // RoomStage listens for the presenter keys (next, back, keys, timer, blank) and calls onNext/onBack.

  const presenterHref = withBase(`/room/session/${placeToSearch(planSearch, { step, presenter: true })}`);
  function openPresenter() {
    const opened = window.open(presenterHref, 'alongside-presenter', 'popup,width=960,height=720');
    setBlockedPopup(!opened);
  }

  const module = current.module && t.moduleLabel(current.module.order, current.module.title);
  return (
    <>
      <RoomStage
        screen={presenter ? 'presenter' : current.type}
        stepLabel={t.stepLabel(step + 1, steps.length, module)}
        timerKey={current.key}
        timerSeconds={current.minutes * 60}
        canBack={step > 0}
        nextLabel={step < steps.length - 1 ? t.next : undefined}
        hydrated
        resumed={false}
        announcement={announcement}
        warning={warning}
        onNext={onNext}
        onBack={onBack}
        density="snug"
        page={0}
        pages={1}
      >
        {presenter ? (
          <RoomPresenterNotes step={current} next={steps[step + 1]} headingRef={heading} />
        ) : (
          <RoomSessionScreen step={current} headingRef={heading} />
        )}
      </RoomStage>
      {!presenter && (
        <div className="session-tools no-print">
          <p>
            <button type="button" className="button secondary" onClick={openPresenter}>
              {t.openPresenter}
            </button>{' '}
            {t.presenterHint}
          </p>
          {blockedPopup && (
            <p role="alert">
              {t.presenterBlocked} <a href={presenterHref}>{t.presenterLink}</a>
            </p>
          )}
          <p>
            <a href={withBase(`/planner/${planSearch}`)}>{t.backToPlan}</a>
          </p>
        </div>
      )}
    </>
  );
}
