/**
 * The group debrief after a room role-play: the room's path beside the recommended one, what the
 * mentee was thinking at each moment, and how the votes fell. Letters match what the room saw.
 */
import { debrief, recommendedPath } from '../roleplay/debrief';
import { replay, type PlayChoice, type PlayNode, type PlayScript, type PlayState } from '../roleplay/engine';
import { choiceOrder } from '../roleplay/order';
import type { RolePlayRoom } from './roleplay-room';
import { optionLetter, tallyRows, type TallyRow } from './tally';

export interface RoomDebriefRow {
  node: PlayNode;
  chosen: PlayChoice;
  chosenLetter: string;
  recommended: PlayChoice | undefined;
  recommendedLetter: string | undefined;
  matched: boolean;
  /** Votes counted at this moment, one row per reply in the order shown; all 0 if none were counted. */
  tally: TallyRow[];
  counted: boolean;
}

export interface RoomDebrief {
  /** Where the room's path led (its ending, the skills used). */
  state: PlayState;
  rows: RoomDebriefRow[];
  /** The path a skilled mentor would take from the start, with the letter each reply had. */
  recommendedPath: { node: PlayNode; choice: PlayChoice; letter: string }[];
  matched: number;
  /** True when the room took the recommended reply at every step. */
  followedRecommended: boolean;
}

/** The group debrief: the room's path beside the recommended one, with thoughts and tallies. */
export function roomDebrief(scriptId: string, script: PlayScript, room: RolePlayRoom): RoomDebrief {
  const letterOf = (node: PlayNode, choiceId: string | undefined) => {
    const position = choiceOrder(scriptId, node).findIndex((choice) => choice.id === choiceId);
    return position === -1 ? undefined : optionLetter(position);
  };
  const state = replay(script, room.steps);
  const rows = debrief(state).map((row) => {
    const order = choiceOrder(scriptId, row.node).map((choice) => choice.id);
    const tally = tallyRows(room.tallies[row.node.id], order);
    return {
      ...row,
      chosenLetter: letterOf(row.node, row.chosen.id)!,
      recommendedLetter: letterOf(row.node, row.recommended?.id),
      tally,
      counted: tally.some((entry) => entry.votes > 0),
    };
  });
  const path = recommendedPath(script).map(({ node, choice }) => ({ node, choice, letter: letterOf(node, choice.id)! }));
  const matched = rows.filter((row) => row.matched).length;
  return { state, rows, recommendedPath: path, matched, followedRecommended: matched === rows.length && rows.length === path.length };
}
