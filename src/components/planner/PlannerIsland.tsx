import { useEffect, useState } from 'react';
import {
  addBreakAfter,
  moveModule,
  removeBreakAfter,
  setActivityIncluded,
  setBreakAfterMinutes,
  setModuleChosen,
} from '../../lib/planner/edit';
import { emptyPlan, LIMITS, type ActivityRef, type Plan, type PlannerModule } from '../../lib/planner/plan';
import { buildSchedule } from '../../lib/planner/schedule';
import { planFromSearch, planToSearch, type LinkIssue } from '../../lib/planner/share';
import { trimToTarget, type Trim } from '../../lib/planner/target';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { PlannerActivities, controlId } from './PlannerActivities';
import { PlannerModules } from './PlannerModules';
import { DateField, MinutesField, StartField, TargetField } from './PlannerFields';
import { describeSchedule, PlannerRunSheet } from './PlannerRunSheet';
import { PlannerShare } from './PlannerShare';
import { PlannerTarget, targetIds } from './PlannerTarget';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { islandData } from '../shared/island-data';

const t = ui.planner;

/** The planner island: its props carry only where the modules are (/planner/modules.json; components/shared/island-data.ts). */
export function PlannerFromFile({ source }: { source: string }) {
  return <PlannerIsland modules={islandData<PlannerModule[]>(source)} />;
}

/**
 * The session planner. The plan lives in the page address: it is read from the link once the island
 * has mounted (never during server rendering, so hydration matches) and written back on every change
 * with replaceState, so the address bar is always the link to share and Back is not filled with edits.
 */
export function PlannerIsland({ modules }: { modules: PlannerModule[] }) {
  const [plan, setPlan] = useState<Plan>(emptyPlan);
  const [issues, setIssues] = useState<LinkIssue[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const hydrated = useHydrated();

  // Read once, in the first render after hydration (so the server's HTML and the first render match).
  if (hydrated && !loaded) {
    const decoded = planFromSearch(window.location.search, modules);
    setPlan(decoded.plan);
    setIssues(decoded.issues);
    setLoaded(true);
  }

  useEffect(() => {
    if (!loaded) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${planToSearch(plan, modules)}${hash}`);
  }, [plan, loaded, modules]);

  const schedule = buildSchedule(plan, modules);
  const hasSchedule = schedule.blocks.length > 0;
  const search = planToSearch(plan, modules);
  const shareUrl = loaded ? `${window.location.origin}${window.location.pathname}${search}` : '';
  const activityName = (ref: ActivityRef) => modules.find((module) => module.id === ref.module)?.agenda[ref.index]?.activity ?? '';

  function addBreak(ref: ActivityRef) {
    setPlan((current) => addBreakAfter(current, ref));
    setAnnouncement(t.breakAdded(activityName(ref)));
    focusAfterRender(() => document.getElementById(controlId.breakMinutes(ref)));
  }

  function removeBreak(ref: ActivityRef) {
    setPlan((current) => removeBreakAfter(current, ref));
    setAnnouncement(t.breakRemoved(activityName(ref)));
    focusAfterRender(() => document.getElementById(controlId.addBreak(ref)));
  }

  function trimToFit() {
    const { plan: next, trimmed, fits } = trimToTarget(plan, modules);
    setPlan(next);
    const minutes = t.duration(trimmed.reduce((sum, trim) => sum + trim.item.minutes, 0));
    setAnnouncement(`${t.trimmed(trimmed.length, minutes)}${fits ? '' : ` ${t.trimmedNotEnough}`}`);
    focusAfterRender(() => document.getElementById(targetIds.status));
  }

  function leaveOut(trim: Trim, next: Trim | undefined) {
    setPlan((current) => setActivityIncluded(current, trim.ref, false));
    setAnnouncement(t.leftOutOne(trim.item.activity));
    // The button goes with its row: focus the neighbouring trim, or the status once none is left.
    focusAfterRender(() => (next && document.getElementById(targetIds.leaveOut(next))) || document.getElementById(targetIds.status));
  }

  function move(id: string, direction: -1 | 1) {
    const next = moveModule(plan, id, direction);
    setPlan(next);
    const position = next.modules.indexOf(id);
    setAnnouncement(t.moved(modules.find((module) => module.id === id)?.title ?? id, position + 1, next.modules.length));
    // The same button follows the module; at either end it is disabled, so the other one takes focus.
    const atEnd = direction < 0 ? position === 0 : position === next.modules.length - 1;
    focusAfterRender(() => document.getElementById(controlId.move(id, atEnd ? (-direction as -1 | 1) : direction)));
  }

  return (
    <div className="planner" data-pagefind-ignore="">
      <div className="planner-notice" role="status">
        {issues.length > 0 && (
          <>
            <p>{t.linkProblems}</p>
            <ul>
              {issues.map((issue, index) => (
                <li key={index}>{t.linkIssue[issue.param](issue.value)}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      <form className="planner-controls" aria-label={t.title} onSubmit={(event) => event.preventDefault()}>
        <fieldset className="planner-when">
          <legend>{t.whenLegend}</legend>
          <DateField value={plan.date} enabled={loaded} onChange={(date) => setPlan((current) => ({ ...current, date }))} />
          <StartField value={plan.start} enabled={loaded} onChange={(start) => setPlan((current) => ({ ...current, start }))} />
          <MinutesField
            id="planner-break"
            label={t.breakLabel}
            hint={t.breakHint(LIMITS.maxBreak)}
            value={plan.breakMinutes}
            min={0}
            max={LIMITS.maxBreak}
            enabled={loaded}
            onChange={(breakMinutes) => setPlan((current) => ({ ...current, breakMinutes }))}
          />
          <TargetField value={plan.target} enabled={loaded} onChange={(target) => setPlan((current) => ({ ...current, target }))} />
        </fieldset>
        <PlannerModules
          modules={modules}
          chosen={plan.modules}
          enabled={loaded}
          onToggle={(id, chosen) => setPlan((current) => setModuleChosen(current, id, chosen, modules))}
        />
      </form>

      <section className="planner-results" aria-labelledby="run-sheet-heading">
        <h2 id="run-sheet-heading" className="no-print">
          {t.runSheetHeading}
        </h2>
        <p role="status" className="planner-summary">
          {hasSchedule ? describeSchedule(plan, schedule).summary : t.noModules}
        </p>
        {schedule.leftOut.length > 0 && <p>{t.leftOut(schedule.leftOut.map((module) => module.title).join(', '))}</p>}
        {hasSchedule && <PlannerTarget plan={plan} modules={modules} enabled={loaded} onTrimToFit={trimToFit} onLeaveOut={leaveOut} />}
        {hasSchedule && <PlannerRunSheet plan={plan} schedule={schedule} />}
      </section>

      {hasSchedule && (
        <section className="planner-session no-print" aria-labelledby="planner-session-heading">
          <h2 id="planner-session-heading">{t.sessionHeading}</h2>
          <p>{t.sessionIntro}</p>
          <p>
            <a className="button" href={withBase(`/room/session/${search}`)}>
              {t.startSession}
            </a>
          </p>
        </section>
      )}

      <PlannerShare url={shareUrl} enabled={loaded} canPrint={hasSchedule} />

      {plan.modules.length > 0 && (
        <section className="planner-activities" aria-labelledby="planner-activities-heading">
          <h2 id="planner-activities-heading">{t.activitiesHeading}</h2>
          <p>{t.activitiesIntro}</p>
          <form aria-label={t.activitiesHeading} onSubmit={(event) => event.preventDefault()}>
            <PlannerActivities
              plan={plan}
              modules={modules}
              enabled={loaded}
              onInclude={(ref, included) => setPlan((current) => setActivityIncluded(current, ref, included))}
              onAddBreak={addBreak}
              onRemoveBreak={removeBreak}
              onBreakMinutes={(ref, minutes) => setPlan((current) => setBreakAfterMinutes(current, ref, minutes))}
              onMove={move}
            />
          </form>
        </section>
      )}

      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
