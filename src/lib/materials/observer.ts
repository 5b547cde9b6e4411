/**
 * Observer sheets for triad practice: the skills a role-play's replies are tagged with, so the
 * observer knows what to listen for, and the safety steps to watch for. The steps come from the
 * rubric's "must" list for each risk the script declares (docs/safety-rubric.md), in the rubric's
 * order, merged with the steps its recommended replies are tagged with, so a sheet never leaves out a
 * step because no reply happens to carry its tag.
 */
import { skillIds, type RoleplayData, type SkillId } from '../../content/schemas/roleplays';
import { safetyActionIds, strongPaths, type RiskId, type SafetyActionId } from '../safety/roleplay-rules';

/** Steps an observer watches for that no action tag names: the rest of the rubric's "must" lists. */
export const observedStepIds = [
  'asks-already-started',
  'stays-with-them',
  'honest-about-988',
  'follows-up',
  'tries-to-wake',
  'naloxone',
  'recovery-position',
  'stays-until-help',
  'children-in-home',
  'believes-them',
  'advocates',
  'phone-safety',
  'space-and-exit',
  'postpones-talk',
  'asks-what-taken',
  'no-driving',
  'sober-person-stays',
  'leaves-if-unsafe',
  'withdrawal-911',
  'no-stopping-advice',
] as const;
export type ObservedStepId = SafetyActionId | (typeof observedStepIds)[number];

const supervisor = 'involves-supervisor';

/** Each risk's steps in the rubric's order. The supervisor comes last: during the crisis, never instead of 911 or 988. */
export const stepsForRisk: Record<RiskId, readonly ObservedStepId[]> = {
  'suicide-warning-signs': ['asks-about-suicide', 'follows-up', supervisor],
  suicide: [
    'asks-about-suicide',
    'asks-already-started',
    'asks-plan-or-timing',
    'asks-past-attempt',
    'asks-substance-use',
    'stays-with-them',
    'means-safety',
    'contacts-988',
    'honest-about-988',
    'calls-911',
    'follows-up',
    supervisor,
  ],
  overdose: ['tries-to-wake', 'calls-911', 'cpr', 'naloxone', 'recovery-position', 'stays-until-help', supervisor],
  'overdose-risk': ['overdose-safety', supervisor],
  violence: ['asks-safe-to-talk', 'children-in-home', 'believes-them', 'advocates', 'phone-safety', supervisor],
  withdrawal: ['medical-help', 'withdrawal-911', 'no-stopping-advice', supervisor],
  intoxication: [
    'space-and-exit',
    'de-escalates',
    'postpones-talk',
    'asks-what-taken',
    'medical-help',
    'no-driving',
    'sober-person-stays',
    'leaves-if-unsafe',
    supervisor,
  ],
};

export interface ObserverSheet {
  /** Skills the recommended replies use: what good practice sounds like here. */
  helpful: SkillId[];
  /** Skills only the weaker replies use: worth noticing when they happen. */
  alsoNotice: SkillId[];
  /** Safety steps to watch for: each declared risk's, then any other the recommended replies take; the supervisor last. */
  safetySteps: ObservedStepId[];
  /** Tagged steps that not every way to a strong ending takes: printed "(if the scene goes there)". */
  conditionalSteps: ObservedStepId[];
  /** An overdose scene: steps such as the 911 call are worded for an active overdose. */
  overdose: boolean;
}

/** In the order the schema lists them, so every sheet reads the same way. */
const inOrder = <T extends string>(order: readonly T[], found: Set<T>): T[] => order.filter((id) => found.has(id));

export function observerSheet(script: RoleplayData): ObserverSheet {
  const choices = script.nodes.flatMap((node) => node.choices);
  const recommended = choices.filter((choice) => choice.recommended);
  const helpful = new Set(recommended.map((choice) => choice.skill));
  const weaker = new Set(choices.map((choice) => choice.skill).filter((skill) => !helpful.has(skill)));
  const tagged = inOrder(safetyActionIds, new Set(recommended.flatMap((choice) => choice.actions)));
  const steps = [...new Set([...script.risks.flatMap((risk) => stepsForRisk[risk]), ...tagged])];
  // A tagged step that some ways to a strong ending skip (the 911 call when the person refuses, say) is
  // printed "(if the scene goes there)". Steps no tag names are the rubric's for every path, and unmarked.
  const paths = strongPaths(script);
  const sometimes = (step: ObservedStepId) =>
    paths.length > 0 &&
    (safetyActionIds as readonly string[]).includes(step) &&
    paths.some((path) => !(path.done as ReadonlySet<string>).has(step));
  const ordered = [...steps.filter((step) => step !== supervisor), ...steps.filter((step) => step === supervisor)];
  return {
    helpful: inOrder(skillIds, helpful),
    alsoNotice: inOrder(skillIds, weaker),
    safetySteps: ordered,
    conditionalSteps: ordered.filter(sometimes),
    overdose: script.risks.includes('overdose'),
  };
}
