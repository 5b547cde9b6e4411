/**
 * Plays a role-play script. The whole state is the list of choices made so far, so it serializes
 * to progress as-is, resumes after a reload, and "step back" is just dropping the last choice.
 * Everything else (transcript, rapport, skills, ending, debrief) is worked out from the script.
 */
export interface PlayChoice {
  id: string;
  line: string;
  skill: string;
  rapport: number;
  feedback: string;
  recommended: boolean;
  next: string;
}
export interface PlayNode {
  id: string;
  says: string;
  direction?: string | undefined;
  thought: string;
  choices: PlayChoice[];
}
export interface PlayEnding {
  id: string;
  outcome: 'strong' | 'mixed' | 'missed';
  title: string;
  says: string;
  debrief: string;
  keyLearning: string;
  resources: string[];
}
export interface PlayScript {
  start: string;
  nodes: PlayNode[];
  endings: PlayEnding[];
}
export interface Step {
  node: string;
  choice: string;
}

/** Rapport runs from RAPPORT_MIN to RAPPORT_MAX, starting at 0. */
export const RAPPORT_MIN = -5;
export const RAPPORT_MAX = 5;

export interface PlayState {
  /** The node waiting for a choice, or undefined once an ending is reached. */
  node: PlayNode | undefined;
  ending: PlayEnding | undefined;
  /** The steps taken, each with its node and the choice made there. */
  taken: { node: PlayNode; choice: PlayChoice }[];
  rapport: number;
  skillsUsed: string[];
}

/**
 * Replays steps against the script. Steps that no longer fit (content was edited since they were
 * saved) are dropped from the first mismatch on, so a saved role-play resumes as far as it still can.
 */
export function replay(script: PlayScript, steps: readonly Step[]): PlayState {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const endings = new Map(script.endings.map((ending) => [ending.id, ending]));
  const taken: PlayState['taken'] = [];
  let node = nodes.get(script.start);
  let ending: PlayEnding | undefined;
  let rapport = 0;
  for (const step of steps) {
    if (!node || step.node !== node.id) break;
    const choice = node.choices.find((candidate) => candidate.id === step.choice);
    if (!choice) break;
    taken.push({ node, choice });
    rapport = clamp(rapport + choice.rapport);
    ending = endings.get(choice.next);
    node = nodes.get(choice.next);
    if (ending) break;
  }
  const skillsUsed = [...new Set(taken.map(({ choice }) => choice.skill))];
  return { node: ending ? undefined : node, ending, taken, rapport, skillsUsed };
}

/** The steps after choosing `choiceId` at the current node; unchanged if that choice is not on offer. */
export function choose(script: PlayScript, steps: readonly Step[], choiceId: string): Step[] {
  const state = replay(script, steps);
  const valid = state.taken.map(({ node, choice }) => ({ node: node.id, choice: choice.id }));
  if (!state.node || !state.node.choices.some((choice) => choice.id === choiceId)) return valid;
  return [...valid, { node: state.node.id, choice: choiceId }];
}

export function stepBack(steps: readonly Step[]): Step[] {
  return steps.slice(0, -1);
}

/** The path a skilled mentor would take: the recommended choice at every node from the start. */
export function recommendedPath(script: PlayScript): { node: PlayNode; choice: PlayChoice }[] {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const path: { node: PlayNode; choice: PlayChoice }[] = [];
  let node = nodes.get(script.start);
  while (node && path.length <= script.nodes.length) {
    const choice = node.choices.find((candidate) => candidate.recommended);
    if (!choice) break;
    path.push({ node, choice });
    node = nodes.get(choice.next);
  }
  return path;
}

export interface DebriefRow {
  node: PlayNode;
  chosen: PlayChoice;
  /** The recommended reply at the same moment. */
  recommended: PlayChoice | undefined;
  matched: boolean;
}

/** One row per moment the learner faced: what they said, what was recommended there, what the mentee was thinking. */
export function debrief(state: PlayState): DebriefRow[] {
  return state.taken.map(({ node, choice }) => {
    const recommended = node.choices.find((candidate) => candidate.recommended);
    return { node, chosen: choice, recommended, matched: recommended?.id === choice.id };
  });
}

/** Words for a rapport level, so the indicator never relies on colour or a bar alone. */
export function rapportLevel(rapport: number): 'pulling-away' | 'guarded' | 'steady' | 'warming' | 'open' {
  if (rapport <= -3) return 'pulling-away';
  if (rapport < 0) return 'guarded';
  if (rapport <= 1) return 'steady';
  if (rapport <= 3) return 'warming';
  return 'open';
}

function clamp(value: number): number {
  return Math.min(RAPPORT_MAX, Math.max(RAPPORT_MIN, value));
}
