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
  taken: readonly { node: PlayNode; choice: PlayChoice }[];
  rapport: number;
  skillsUsed: readonly string[];
}

/**
 * Replays steps against the script. Steps that no longer fit (content was edited since they were
 * saved) are dropped from the first mismatch on, so a saved role-play resumes as far as it still can.
 *
 * The state is worked out once per steps array and remembered: a screen's view, its move and its
 * debrief all ask for the state of the same steps, and share one replay. This is safe because steps
 * are never changed in place (every move makes a new array) and a state is never changed either.
 */
export function replay(script: PlayScript, steps: readonly Step[]): PlayState {
  let remembered = replays.get(script);
  if (!remembered) replays.set(script, (remembered = new WeakMap()));
  let state = remembered.get(steps);
  if (!state) remembered.set(steps, (state = play(script, steps)));
  return state;
}

const replays = new WeakMap<PlayScript, WeakMap<readonly Step[], PlayState>>();

function play(script: PlayScript, steps: readonly Step[]): PlayState {
  const nodes = new Map(script.nodes.map((node) => [node.id, node]));
  const endings = new Map(script.endings.map((ending) => [ending.id, ending]));
  const taken: PlayState['taken'][number][] = [];
  let node = nodes.get(script.start);
  let ending: PlayEnding | undefined;
  for (const step of steps) {
    if (!node || step.node !== node.id) break;
    const choice = node.choices.find((candidate) => candidate.id === step.choice);
    if (!choice) break;
    taken.push({ node, choice });
    ending = endings.get(choice.next);
    node = nodes.get(choice.next);
    if (ending) break;
  }
  const skillsUsed = [...new Set(taken.map(({ choice }) => choice.skill))];
  return { node: ending ? undefined : node, ending, taken, rapport: rapportAfter({ taken }, taken.length), skillsUsed };
}

/** The steps of a state: the ones that still fit the script. */
export function stepsOf(state: Pick<PlayState, 'taken'>): Step[] {
  return state.taken.map(({ node, choice }) => ({ node: node.id, choice: choice.id }));
}

/** The node faced at decision `index` (from 0): a past one, or the one waiting now. */
export function nodeAt(state: PlayState, index: number): PlayNode | undefined {
  return state.taken[index]?.node ?? (index === state.taken.length ? state.node : undefined);
}

/** Rapport once the first `count` choices have landed (rapport starts at 0 and stays within its range). */
export function rapportAfter(state: Pick<PlayState, 'taken'>, count: number): number {
  return state.taken.slice(0, count).reduce((rapport, { choice }) => clamp(rapport + choice.rapport), 0);
}

/**
 * The steps after choosing `choiceId` at decision `index`: the path up to there, then that choice
 * (what came after it is dropped). Just the path up to there if that choice is not on offer.
 */
export function chooseAt(state: PlayState, index: number, choiceId: string): Step[] {
  const before = stepsOf(state).slice(0, index);
  const node = nodeAt(state, index);
  return node?.choices.some((choice) => choice.id === choiceId) ? [...before, { node: node.id, choice: choiceId }] : before;
}

/** The steps after choosing `choiceId` at the current node; unchanged if that choice is not on offer. */
export function choose(script: PlayScript, steps: readonly Step[], choiceId: string): Step[] {
  const state = replay(script, steps);
  return chooseAt(state, state.taken.length, choiceId);
}

export function stepBack(steps: readonly Step[]): Step[] {
  return steps.slice(0, -1);
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
