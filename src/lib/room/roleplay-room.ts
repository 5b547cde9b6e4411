/**
 * A role-play run with a whole room, one screen at a time:
 *   intro → for each decision: the mentee's line → the replies on offer (the room discusses, votes
 *   may be counted, the trainer picks the room's reply) → coaching on that reply → … → group debrief.
 * Built on the solo engine: the room's choices are engine steps, so replay, branching and endings
 * work exactly as they do for one learner. Only the position, the pending pick and the tallies are new.
 */
import {
  chooseAt,
  nodeAt,
  rapportAfter,
  replay,
  stepsOf,
  type PlayChoice,
  type PlayNode,
  type PlayScript,
  type PlayState,
  type Step,
} from '../roleplay/engine';
import { choiceOrder } from '../roleplay/order';
import type { Move, RoomRules } from './navigation';
import { adjustTally, optionLetter, tallyRows, type Tally } from './tally';

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

/*
 * Each function below replays the room's steps once (replay remembers the state per steps array, so
 * a move, the view drawn after it and the debrief share one replay) and passes that state on.
 */

/** Every screen on the room's path so far. It grows as choices are recorded; it ends at the debrief. */
export function roleplayScreens(script: PlayScript, steps: readonly Step[]): RolePlayScreen[] {
  return screensOf(replay(script, steps));
}

function screensOf(state: PlayState): RolePlayScreen[] {
  const screens: RolePlayScreen[] = [{ kind: 'intro' }];
  state.taken.forEach((_, index) => screens.push({ kind: 'line', index }, { kind: 'options', index }, { kind: 'feedback', index }));
  if (state.node) screens.push({ kind: 'line', index: state.taken.length }, { kind: 'options', index: state.taken.length });
  if (state.ending) screens.push({ kind: 'debrief' });
  return screens;
}

/**
 * Makes a room fit the script: drops steps that no longer fit (content edited since it was kept),
 * keeps the position on an existing screen, and forgets a pick that is not on offer there.
 */
export function normalizeRolePlayRoom(script: PlayScript, room: RolePlayRoom): RolePlayRoom {
  const state = replay(script, room.steps);
  const screens = screensOf(state);
  const at = Math.min(Math.max(0, Math.floor(room.at)), screens.length - 1);
  const screen = screens[at]!;
  const node = screen.kind === 'options' ? nodeAt(state, screen.index) : undefined;
  const picked = node?.choices.some((choice) => choice.id === room.picked) ? room.picked : null;
  return { steps: stepsOf(state), at, picked, tallies: room.tallies };
}

export function currentScreen(script: PlayScript, room: RolePlayRoom): RolePlayScreen {
  return screenOf(replay(script, room.steps), room);
}

function screenOf(state: PlayState, room: RolePlayRoom): RolePlayScreen {
  return screensOf(state)[room.at] ?? { kind: 'intro' };
}

/**
 * Next screen. On a replies screen, "next" records the room's pick and reveals the coaching, and is
 * refused until a reply is picked: coaching never shows before the room has committed.
 */
export function forward(script: PlayScript, room: RolePlayRoom): Move<RolePlayRoom> {
  const state = replay(script, room.steps);
  const screens = screensOf(state);
  const screen = screens[room.at];
  if (screen?.kind === 'options') {
    const choiceId = room.picked ?? room.steps[screen.index]?.choice;
    if (!choiceId) return { room, blocked: 'choose-first' };
    return { room: record(script, state, room, screen.index, choiceId) };
  }
  if (room.at >= screens.length - 1) return { room, blocked: 'at-end' };
  return { room: { ...room, at: room.at + 1, picked: null } };
}

/** Previous screen. Going back to a decision shows the room's reply there; recording a different one changes the path from that point. */
export function back(room: RolePlayRoom): Move<RolePlayRoom> {
  if (room.at <= 0) return { room, blocked: 'at-start' };
  return { room: { ...room, at: room.at - 1, picked: null } };
}

/** The rules room mode runs a role-play by. */
export function rolePlayRoomRules(script: PlayScript): RoomRules<RolePlayRoom> {
  return { start: startRolePlayRoom, fit: (kept) => normalizeRolePlayRoom(script, kept), forward: (room) => forward(script, room), back };
}

/** Picks the room's reply on the current replies screen (not yet recorded). */
export function pick(script: PlayScript, room: RolePlayRoom, choiceId: string): RolePlayRoom {
  const state = replay(script, room.steps);
  const screen = screenOf(state, room);
  if (screen.kind !== 'options') return room;
  const node = nodeAt(state, screen.index);
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
  /** The replies in the order shown, with their letters, counted votes and share of the votes (0-100, for a bar). */
  options: { choice: PlayChoice; letter: string; votes: number; percent: number }[];
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
  const screen = screenOf(state, room);
  const index = 'index' in screen ? screen.index : state.taken.length;
  const node = 'index' in screen ? nodeAt(state, index) : undefined;
  const recorded = state.taken[index]?.choice;
  const order = node ? choiceOrder(scriptId, node) : [];
  const tally = node
    ? tallyRows(
        room.tallies[node.id],
        order.map((choice) => choice.id),
      )
    : [];
  const options = order.map((choice, position) => ({
    choice,
    letter: optionLetter(position),
    votes: tally[position]!.votes,
    percent: tally[position]!.percent,
  }));
  const rapport = rapportAfter(state, index + 1);
  return {
    screen,
    state,
    node,
    decision: index + 1,
    options,
    selected: room.picked ?? recorded?.id,
    recorded,
    rapport,
    canBack: room.at > 0,
  };
}

/** Records the room's reply at decision `index`. The same reply keeps the path after it; a different one replaces it. */
function record(script: PlayScript, state: PlayState, room: RolePlayRoom, index: number, choiceId: string): RolePlayRoom {
  const same = room.steps[index]?.choice === choiceId;
  const steps = same ? stepsOf(state) : chooseAt(state, index, choiceId);
  const at = roleplayScreens(script, steps).findIndex((screen) => screen.kind === 'feedback' && screen.index === index);
  return at === -1 ? room : { ...room, steps, at, picked: null };
}
