import type { Plan, PlannerModule } from '../../lib/planner/plan';
import { availableTrims, targetStatus, type Trim } from '../../lib/planner/target';
import { ui } from '../../lib/i18n';

const t = ui.planner;

/** Element ids the island moves focus to after a trim. */
export const targetIds = {
  status: 'planner-target-status',
  leaveOut: (trim: Trim) => `planner-leave-out-${trim.ref.module}-${trim.ref.index}`,
};

interface Props {
  plan: Plan;
  modules: readonly PlannerModule[];
  enabled: boolean;
  onTrimToFit: () => void;
  onLeaveOut: (trim: Trim, next: Trim | undefined) => void;
}

/**
 * The running total against the target: a plain warning when over (in words, not colour alone), one
 * button that trims the optional activities to fit, and each optional activity as a trim of its own.
 */
export function PlannerTarget({ plan, modules, enabled, onTrimToFit, onLeaveOut }: Props) {
  const status = targetStatus(plan, modules);
  if (!status) return null;
  const trims = availableTrims(plan, modules);
  const [total, target] = [t.duration(status.total), t.duration(status.target)];
  return (
    <section className="planner-target no-print" aria-labelledby="planner-target-heading">
      <h3 id="planner-target-heading">{t.targetHeading}</h3>
      <p id={targetIds.status} tabIndex={-1} className={status.over > 0 ? 'planner-over' : 'planner-within'}>
        {status.over > 0
          ? t.targetOver(total, target, t.duration(status.over))
          : t.targetFits(total, target, status.spare ? t.duration(status.spare) : undefined)}
      </p>
      {status.over > 0 && trims.length === 0 && <p>{t.noTrimsLeft}</p>}
      {status.over > 0 && trims.length > 0 && (
        <>
          <p>
            <button type="button" className="button" disabled={!enabled} onClick={onTrimToFit}>
              {t.trimToFit(target)}
            </button>
          </p>
          <h4>{t.trimsHeading}</h4>
          <p>{t.trimsIntro}</p>
          <ul className="planner-trims">
            {trims.map((trim, position) => (
              <li key={targetIds.leaveOut(trim)}>
                <span>
                  {trim.item.activity}{' '}
                  <span className="planner-meta">
                    ({ui.planner.moduleNumber(trim.module.order)}, {t.duration(trim.item.minutes)})
                  </span>
                </span>
                <button
                  id={targetIds.leaveOut(trim)}
                  type="button"
                  className="button secondary small"
                  disabled={!enabled}
                  onClick={() => onLeaveOut(trim, trims[position + 1] ?? trims[position - 1])}
                >
                  {t.leaveOut}
                  <span className="visually-hidden"> “{trim.item.activity}”</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
