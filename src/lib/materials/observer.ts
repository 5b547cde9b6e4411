/**
 * Observer sheets for triad practice: the skills a role-play's replies are tagged with, so the
 * observer knows what to listen for, and the safety steps its recommended path takes.
 */
import { skillIds, type RoleplayData, type SkillId } from '../../content/schemas/roleplays';
import { safetyActionIds, type SafetyActionId } from '../safety/roleplay-rules';

export interface ObserverSheet {
  /** Skills the recommended replies use: what good practice sounds like here. */
  helpful: SkillId[];
  /** Skills only the weaker replies use: worth noticing when they happen. */
  alsoNotice: SkillId[];
  /** Safety steps the recommended replies take, for scripts that touch a risk. */
  safetySteps: SafetyActionId[];
}

/** In the order the schema lists them, so every sheet reads the same way. */
const inOrder = <T extends string>(order: readonly T[], found: Set<T>): T[] => order.filter((id) => found.has(id));

export function observerSheet(script: RoleplayData): ObserverSheet {
  const choices = script.nodes.flatMap((node) => node.choices);
  const recommended = choices.filter((choice) => choice.recommended);
  const helpful = new Set(recommended.map((choice) => choice.skill));
  const weaker = new Set(choices.map((choice) => choice.skill).filter((skill) => !helpful.has(skill)));
  const steps = new Set(recommended.flatMap((choice) => choice.actions));
  return {
    helpful: inOrder(skillIds, helpful),
    alsoNotice: inOrder(skillIds, weaker),
    safetySteps: inOrder(safetyActionIds, steps),
  };
}
