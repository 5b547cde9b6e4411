import type { PlannerModule } from '../../lib/planner/plan';
import { ui } from '../../lib/i18n';

interface Props {
  modules: readonly PlannerModule[];
  chosen: readonly string[];
  enabled: boolean;
  onToggle: (id: string, chosen: boolean) => void;
}

const minutesOf = (module: PlannerModule) => module.agenda.reduce((sum, item) => sum + item.minutes, 0);

/** One checkbox per module, in course order, each with its length as a group session. */
export function PlannerModules({ modules, chosen, enabled, onToggle }: Props) {
  return (
    <fieldset className="planner-modules">
      <legend>{ui.planner.modulesLegend}</legend>
      <ul className="planner-checks">
        {modules.map((module) => (
          <li key={module.id}>
            <input
              id={`planner-module-${module.id}`}
              type="checkbox"
              checked={chosen.includes(module.id)}
              disabled={!enabled}
              onChange={(event) => onToggle(module.id, event.currentTarget.checked)}
            />
            <label htmlFor={`planner-module-${module.id}`}>
              <span className="planner-module-number">{ui.planner.moduleNumber(module.order)}: </span>
              {module.title} <span className="planner-meta">({ui.planner.moduleMinutes(minutesOf(module))})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
