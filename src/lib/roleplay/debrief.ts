/**
 * What a finished role-play teaches: the path taken beside the recommended one, what the mentee was
 * thinking, what to try next time, and the resources its ending points to. The learner's debrief and
 * the room's group debrief (src/lib/room/roleplay-debrief.ts) are both built from these.
 */
import type { PlayChoice, PlayEnding, PlayNode, PlayScript, PlayState } from './engine';

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

export interface LearnerDebrief {
  ending: PlayEnding;
  rows: DebriefRow[];
  /** The moments where the learner chose differently from the recommended reply, to try next time. */
  missed: { node: PlayNode; recommended: PlayChoice }[];
}

/** The learner's debrief once the role-play has ended; undefined while it is still going. */
export function learnerDebrief(state: PlayState): LearnerDebrief | undefined {
  if (!state.ending) return undefined;
  const rows = debrief(state);
  const missed = rows.flatMap(({ node, recommended, matched }) => (!matched && recommended ? [{ node, recommended }] : []));
  return { ending: state.ending, rows, missed };
}

/** The resources an ending points to, out of those looked up for the role-play at build time. */
export function endingResources<R extends { id: string }>(ending: Pick<PlayEnding, 'resources'>, resources: readonly R[]): R[] {
  return resources.filter((resource) => ending.resources.includes(resource.id));
}
