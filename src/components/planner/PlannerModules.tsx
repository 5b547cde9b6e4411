import type { PlannerModule } from '../../lib/planner/plan';
import { agendaMinutes } from '../../lib/planner/target';
import { ui } from '../../lib/i18n';

interface Props {
  modules: readonly PlannerModule[];
  chosen: readonly string[];
  enabled: boolean;
  onToggle: (id: string, chosen: boolean) => void;
}

/** One checkbox per module, in course order, each with its length as a group session, in full and core items only. */
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
              {module.title}{' '}
              <span className="planner-meta">({ui.planner.moduleMinutes(agendaMinutes(module), agendaMinutes(module, true))})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
