/**
 * The changes a trainer makes to a plan, one pure function each: the island calls these and renders the
 * result, so every rule (where a newly chosen module goes, what happens to a module's choices when it is
 * removed) lives here and is tested in Node.
 */
import { DEFAULT_INSERTED_BREAK, sameActivity, type ActivityRef, type Plan, type PlannerModule } from './plan';

/**
 * Adds or removes a module. A module added goes where course order puts it among the ones already
 * chosen (before the first chosen module that comes later in the course), so ticking boxes top to
 * bottom or in any other order gives the same session. Removing a module forgets its skipped
 * activities and added breaks, so ticking it again brings it back whole.
 */
export function setModuleChosen(plan: Plan, id: string, chosen: boolean, catalogue: readonly PlannerModule[]): Plan {
  const module = catalogue.find((candidate) => candidate.id === id);
  if (!module) return plan;
  if (!chosen) {
    return {
      ...plan,
      modules: plan.modules.filter((other) => other !== id),
      skipped: plan.skipped.filter((ref) => ref.module !== id),
      breaks: plan.breaks.filter((ref) => ref.module !== id),
    };
  }
  if (plan.modules.includes(id)) return plan;
  const orderOf = (other: string) => catalogue.find((candidate) => candidate.id === other)?.order ?? Infinity;
  const before = plan.modules.findIndex((other) => orderOf(other) > module.order);
  const modules = [...plan.modules];
  modules.splice(before === -1 ? modules.length : before, 0, id);
  return { ...plan, modules };
}

/** Moves a chosen module one place earlier (-1) or later (+1) in the session. */
export function moveModule(plan: Plan, id: string, direction: -1 | 1): Plan {
  const from = plan.modules.indexOf(id);
  const to = from + direction;
  if (from === -1 || to < 0 || to >= plan.modules.length) return plan;
  const modules = [...plan.modules];
  [modules[from], modules[to]] = [modules[to]!, modules[from]!];
  return { ...plan, modules };
}

/** Includes or leaves out one activity of a chosen module. */
export function setActivityIncluded(plan: Plan, ref: ActivityRef, included: boolean): Plan {
  const others = plan.skipped.filter((skipped) => !sameActivity(skipped, ref));
  return { ...plan, skipped: included ? others : [...others, { module: ref.module, index: ref.index }] };
}

/** Adds a break after an activity (one per activity; adding again changes nothing). */
export function addBreakAfter(plan: Plan, ref: ActivityRef, minutes = DEFAULT_INSERTED_BREAK): Plan {
  if (plan.breaks.some((added) => sameActivity(added, ref))) return plan;
  return { ...plan, breaks: [...plan.breaks, { module: ref.module, index: ref.index, minutes }] };
}

export function removeBreakAfter(plan: Plan, ref: ActivityRef): Plan {
  return { ...plan, breaks: plan.breaks.filter((added) => !sameActivity(added, ref)) };
}

export function setBreakAfterMinutes(plan: Plan, ref: ActivityRef, minutes: number): Plan {
  return { ...plan, breaks: plan.breaks.map((added) => (sameActivity(added, ref) ? { ...added, minutes } : added)) };
}

/**
 * The same plan written one way only: skipped activities and added breaks sorted by the session's
 * module order, then by activity, so equal plans give equal links.
 */
export function normalizePlan(plan: Plan): Plan {
  const position = (ref: ActivityRef) => plan.modules.indexOf(ref.module);
  const byPosition = (a: ActivityRef, b: ActivityRef) => position(a) - position(b) || a.index - b.index;
  return { ...plan, skipped: [...plan.skipped].sort(byPosition), breaks: [...plan.breaks].sort(byPosition) };
}
