/**
 * Planning to a target length: how the plan's total compares with the target, which activities the
 * facilitator guides mark optional (the trims on offer), and one step that leaves out just enough of
 * them to fit, so "the two-hour version" of a module is one click.
 */
import { setActivityIncluded } from './edit';
import type { ActivityRef, Plan, PlannerItem, PlannerModule } from './plan';
import { buildSchedule } from './schedule';

/** An optional activity still in the plan, which the trainer may leave out. */
export interface Trim {
  ref: ActivityRef;
  module: PlannerModule;
  item: PlannerItem;
}

export interface TargetStatus {
  target: number;
  total: number;
  /** Minutes over the target (0 when it fits). */
  over: number;
  /** Minutes to spare under the target (0 when over or exact). */
  spare: number;
}

export function targetStatus(plan: Plan, catalogue: readonly PlannerModule[]): TargetStatus | undefined {
  if (!plan.target) return undefined;
  const { total } = buildSchedule(plan, catalogue);
  return { target: plan.target, total, over: Math.max(0, total - plan.target), spare: Math.max(0, plan.target - total) };
}

/** Minutes of a module's agenda, all of it or only its core items. */
export function agendaMinutes(module: PlannerModule, coreOnly = false): number {
  return module.agenda.filter((item) => !coreOnly || item.core).reduce((sum, item) => sum + item.minutes, 0);
}

/** The optional activities of the chosen modules that are still included, in session order. */
export function availableTrims(plan: Plan, catalogue: readonly PlannerModule[]): Trim[] {
  return plan.modules.flatMap((id) => {
    const module = catalogue.find((candidate) => candidate.id === id);
    if (!module) return [];
    return module.agenda.flatMap((item, index) =>
      !item.core && !plan.skipped.some((ref) => ref.module === id && ref.index === index)
        ? [{ ref: { module: id, index }, module, item }]
        : [],
    );
  });
}

export interface Trimmed {
  plan: Plan;
  /** What was left out, in session order. */
  trimmed: Trim[];
  /** False when even every optional activity left out does not bring the plan within the target. */
  fits: boolean;
}

/**
 * Leaves out optional activities until the plan fits its target, taking out as few minutes as possible
 * (so as much of the session as possible stays), then as few activities as possible; among equal
 * choices, later activities go first, since sessions tend to put extensions towards the end. Nothing
 * the trainer chose is brought back: this only ever leaves more out. When even all the optional
 * activities are not enough, all of them are left out and `fits` is false.
 */
export function trimToTarget(plan: Plan, catalogue: readonly PlannerModule[]): Trimmed {
  const status = targetStatus(plan, catalogue);
  if (!status || status.over === 0) return { plan, trimmed: [], fits: true };
  const trims = availableTrims(plan, catalogue);
  const chosen = fewestMinutesCovering(
    trims.map((trim) => trim.item.minutes),
    status.over,
  );
  const trimmed = (chosen ?? trims.map((_, index) => index)).sort((a, b) => a - b).map((index) => trims[index]!);
  const next = trimmed.reduce((current, trim) => setActivityIncluded(current, trim.ref, false), plan);
  return { plan: next, trimmed, fits: chosen !== undefined };
}

/**
 * Indices of the items whose minutes add up to at least `needed` with the smallest sum, then the fewest
 * items; undefined when all of them together fall short. A small subset-sum table: a plan has a few
 * dozen optional items of a few minutes each, so sums stay in the hundreds.
 */
function fewestMinutesCovering(minutes: readonly number[], needed: number): number[] | undefined {
  const best = new Map<number, number[]>([[0, []]]);
  // Later items first, so that among equal subsets the one built from later items is found first and kept.
  for (let index = minutes.length - 1; index >= 0; index--) {
    for (const [sum, items] of [...best]) {
      const next = sum + minutes[index]!;
      const known = best.get(next);
      if (!known || known.length > items.length + 1) best.set(next, [...items, index]);
    }
  }
  const sums = [...best.keys()].filter((sum) => sum >= needed).sort((a, b) => a - b);
  return sums.length ? best.get(sums[0]!) : undefined;
}
