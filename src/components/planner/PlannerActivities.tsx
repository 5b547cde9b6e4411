import { LIMITS, type ActivityRef, type Plan, type PlannerModule } from '../../lib/planner/plan';
import { ui } from '../../lib/i18n';
import { MinutesField } from './PlannerFields';

interface Props {
  plan: Plan;
  modules: readonly PlannerModule[];
  enabled: boolean;
  onInclude: (ref: ActivityRef, included: boolean) => void;
  onAddBreak: (ref: ActivityRef) => void;
  onRemoveBreak: (ref: ActivityRef) => void;
  onBreakMinutes: (ref: ActivityRef, minutes: number) => void;
  onMove: (id: string, direction: -1 | 1) => void;
}

/** Stable element ids, so the island can put focus back on a control after the list changes. */
export const controlId = {
  addBreak: (ref: ActivityRef) => `planner-add-break-${ref.module}-${ref.index}`,
  breakMinutes: (ref: ActivityRef) => `planner-break-${ref.module}-${ref.index}`,
  move: (id: string, direction: -1 | 1) => `planner-move-${direction < 0 ? 'earlier' : 'later'}-${id}`,
};

/** For each chosen module, in session order: its activities to keep or leave out, breaks to add, and its place in the session. */
export function PlannerActivities({ plan, modules, enabled, onInclude, onAddBreak, onRemoveBreak, onBreakMinutes, onMove }: Props) {
  const chosen = plan.modules.flatMap((id) => modules.filter((module) => module.id === id));
  return (
    <>
      {chosen.map((module, position) => (
        <fieldset key={module.id} className="planner-module-activities">
          <legend>{ui.planner.activitiesLegend(module.title)}</legend>
          {chosen.length > 1 && (
            <p className="button-row">
              {([-1, 1] as const).map((direction) => (
                <button
                  key={direction}
                  id={controlId.move(module.id, direction)}
                  type="button"
                  className="button secondary"
                  disabled={!enabled || (direction < 0 ? position === 0 : position === chosen.length - 1)}
                  onClick={() => onMove(module.id, direction)}
                >
                  {direction < 0 ? ui.planner.moveEarlier : ui.planner.moveLater}
                  <span className="visually-hidden"> ({module.title})</span>
                </button>
              ))}
            </p>
          )}
          <ol className="planner-checks">
            {module.agenda.map((item, index) => {
              const ref = { module: module.id, index };
              const checkId = `planner-activity-${module.id}-${index}`;
              const added = plan.breaks.find((other) => other.module === module.id && other.index === index);
              return (
                <li key={index}>
                  <div className="planner-activity">
                    <input
                      id={checkId}
                      type="checkbox"
                      checked={!plan.skipped.some((other) => other.module === module.id && other.index === index)}
                      disabled={!enabled}
                      onChange={(event) => onInclude(ref, event.currentTarget.checked)}
                    />
                    <label htmlFor={checkId}>
                      {item.activity}{' '}
                      <span className="planner-meta">
                        ({ui.planner.activityMeta(item.minutes, ui.planner.kinds[item.kind] ?? item.kind, item.core)})
                      </span>
                    </label>
                    {!added && (
                      <button
                        id={controlId.addBreak(ref)}
                        type="button"
                        className="button secondary small"
                        disabled={!enabled}
                        onClick={() => onAddBreak(ref)}
                      >
                        {ui.planner.addBreak}
                        <span className="visually-hidden"> “{item.activity}”</span>
                      </button>
                    )}
                  </div>
                  {added && (
                    <div className="planner-added-break">
                      <MinutesField
                        id={controlId.breakMinutes(ref)}
                        label={ui.planner.breakAfterLabel(item.activity)}
                        value={added.minutes}
                        min={LIMITS.minInsertedBreak}
                        max={LIMITS.maxInsertedBreak}
                        enabled={enabled}
                        onChange={(minutes) => onBreakMinutes(ref, minutes)}
                      />
                      <button type="button" className="button secondary small" disabled={!enabled} onClick={() => onRemoveBreak(ref)}>
                        {ui.planner.removeBreak}
                        <span className="visually-hidden">{ui.planner.removeBreakAfter(item.activity)}</span>
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </fieldset>
      ))}
    </>
  );
}
