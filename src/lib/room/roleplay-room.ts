/**
 * A role-play run with a whole room, one screen at a time:
 *   intro → for each decision: the mentee's line → the replies on offer (the room discusses, votes
 *   may be counted, the trainer picks the room's reply) → coaching on that reply → … → group debrief.
 * Built on the solo engine: the room's choices are engine steps, so replay, branching and endings
 * work exactly as they do for one learner. Only the position, the pending pick and the tallies are new.
 */
import { choose, replay, type PlayChoice, type PlayNode, type PlayScript, type PlayState, type Step } from '../roleplay/engine';
import { stableShuffle } from '../shuffle';
import type { Move } from './navigation';
import { adjustTally, optionLetter, votesFor, type Tally } from './tally';

export type RolePlayScreen =
  | { kind: 'intro' }
  | { kind: 'line'; index: number }
  | { kind: 'options'; index: number }
  | { kind: 'feedback'; index: number }
  | { kind: 'debrief' };

export interface RolePlayRoom {
  /** The room's recorded choices, as engine steps. */
  steps: Step[];
  /** Which screen is showing (an index into roleplayScreens). */
  at: number;
  /** A reply picked on the current replies screen but not yet recorded. */
  picked: string | null;
  /** Votes counted at each decision, by node id (a path never visits a node twice). */
  tallies: Record<string, Tally>;
}

export function startRolePlayRoom(): RolePlayRoom {
  return { steps: [], at: 0, picked: null, tallies: {} };
}

/** Every screen on the room's path so far. It grows as choices are recorded; it ends at the debrief. */
export function roleplayScreens(script: PlayScript, steps: readonly Step[]): RolePlayScreen[] {
  const state = replay(script, steps);
  const screens: RolePlayScreen[] = [{ kind: 'intro' }];
  state.taken.forEach((_, index) => screens.push({ kind: 'line', index }, { kind: 'options', index }, { kind: 'feedback', index }));
  if (state.node) screens.push({ kind: 'line', index: state.taken.length }, { kind: 'options', index: state.taken.length });
  if (state.ending) screens.push({ kind: 'debrief' });
  return screens;
}

/** The replies at a node in the order the room sees them: the same order as on the module page. */
export function optionOrder(scriptId: string, node: PlayNode): PlayChoice[] {
  return stableShuffle(node.choices, `${scriptId}/${node.id}`);
}

/**
 * Makes a room fit the script: drops steps that no longer fit (content edited since it was kept),
 * keeps the position on an existing screen, and forgets a pick that is not on offer there.
 */
export function normalizeRolePlayRoom(script: PlayScript, room: RolePlayRoom): RolePlayRoom {
  const steps = validSteps(script, room.steps);
  const screens = roleplayScreens(script, steps);
  const at = Math.min(Math.max(0, Math.floor(room.at)), screens.length - 1);
  const screen = screens[at]!;
  const node = screen.kind === 'options' ? nodeAt(script, steps, screen.index) : undefined;
  const picked = node?.choices.some((choice) => choice.id === room.picked) ? room.picked : null;
  return { steps, at, picked, tallies: room.tallies };
}

export function currentScreen(script: PlayScript, room: RolePlayRoom): RolePlayScreen {
  return roleplayScreens(script, room.steps)[room.at] ?? { kind: 'intro' };
}

/**
 * Next screen. On a replies screen, "next" records the room's pick and reveals the coaching, and is
 * refused until a reply is picked: coaching never shows before the room has committed.
 */
export function forward(script: PlayScript, room: RolePlayRoom): Move<RolePlayRoom> {
  const screens = roleplayScreens(script, room.steps);
  const screen = screens[room.at];
  if (screen?.kind === 'options') {
    const choiceId = room.picked ?? room.steps[screen.index]?.choice;
    if (!choiceId) return { room, blocked: 'choose-first' };
    return { room: record(script, room, screen.index, choiceId) };
  }
  if (room.at >= screens.length - 1) return { room, blocked: 'at-end' };
  return { room: { ...room, at: room.at + 1, picked: null } };
}

/** Previous screen. Going back to a decision shows the room's reply there; recording a different one changes the path from that point. */
export function back(room: RolePlayRoom): Move<RolePlayRoom> {
  if (room.at <= 0) return { room, blocked: 'at-start' };
  return { room: { ...room, at: room.at - 1, picked: null } };
}

/** Picks the room's reply on the current replies screen (not yet recorded). */
export function pick(script: PlayScript, room: RolePlayRoom, choiceId: string): RolePlayRoom {
  const screen = currentScreen(script, room);
  if (screen.kind !== 'options') return room;
  const node = nodeAt(script, room.steps, screen.index);
  return node?.choices.some((choice) => choice.id === choiceId) ? { ...room, picked: choiceId } : room;
}

/** One more or one fewer vote for a reply at a node. */
export function count(room: RolePlayRoom, nodeId: string, choiceId: string, delta: 1 | -1): RolePlayRoom {
  return { ...room, tallies: { ...room.tallies, [nodeId]: adjustTally(room.tallies[nodeId] ?? {}, choiceId, delta) } };
}

export interface RolePlayView {
  screen: RolePlayScreen;
  state: PlayState;
  /** The node the screen is about (line, replies and coaching screens). */
  node: PlayNode | undefined;
  /** Decision number, from 1. */
  decision: number;
  /** The replies in the order shown, with their letters and counted votes. */
  options: { choice: PlayChoice; letter: string; votes: number }[];
  /** The pick on a replies screen, or the recorded reply. */
  selected: string | undefined;
  /** The room's recorded reply at this node, if any. */
  recorded: PlayChoice | undefined;
  /** Trust once this decision's recorded reply has landed (for the coaching screen). */
  rapport: number;
  canBack: boolean;
}

/** Everything the island needs to draw the current screen. */
export function roleplayView(scriptId: string, script: PlayScript, room: RolePlayRoom): RolePlayView {
  const state = replay(script, room.steps);
  const screen = currentScreen(script, room);
  const index = 'index' in screen ? screen.index : state.taken.length;
  const node = 'index' in screen ? nodeAt(script, room.steps, index) : undefined;
  const recorded = state.taken[index]?.choice;
  const options = node
    ? optionOrder(scriptId, node).map((choice, position) => ({ choice, letter: optionLetter(position), votes: votesFor(room.tallies[node.id], choice.id) }))
    : [];
  const rapport = replay(script, room.steps.slice(0, index + 1)).rapport;
  return { screen, state, node, decision: index + 1, options, selected: room.picked ?? recorded?.id, recorded, rapport, canBack: room.at > 0 };
}

/** Records the room's reply at decision `index`. The same reply keeps the path after it; a different one replaces it. */
function record(script: PlayScript, room: RolePlayRoom, index: number, choiceId: string): RolePlayRoom {
  const same = room.steps[index]?.choice === choiceId;
  const steps = same ? validSteps(script, room.steps) : choose(script, room.steps.slice(0, index), choiceId);
  const at = roleplayScreens(script, steps).findIndex((screen) => screen.kind === 'feedback' && screen.index === index);
  return at === -1 ? room : { ...room, steps, at, picked: null };
}

function validSteps(script: PlayScript, steps: readonly Step[]): Step[] {
  return replay(script, steps).taken.map(({ node, choice }) => ({ node: node.id, choice: choice.id }));
}

/** The node the room faced at decision `index` (0-based): a past one, or the one waiting now. */
function nodeAt(script: PlayScript, steps: readonly Step[], index: number): PlayNode | undefined {
  const state = replay(script, steps);
  return state.taken[index]?.node ?? (index === state.taken.length ? state.node : undefined);
}
