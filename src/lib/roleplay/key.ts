/**
 * The trainer's key to a printed role-play handout (src/components/roleplay/RolePlayHandout.tsx): the
 * same decisions, with the replies in the same order, the recommended one marked, and the coaching
 * learners see online for each; then what every strong ending teaches, including the branches the
 * handout does not follow (a refusal, a threat), which its "what if" question asks about.
 */
import { recommendedPath } from './debrief';
import type { PlayChoice, PlayEnding, PlayNode, PlayScript } from './engine';
import { choiceOrder } from './order';

export interface KeyDecision {
  node: PlayNode;
  /** In the order the handout and the module page offer them. */
  replies: PlayChoice[];
}

export interface RoleplayKey {
  decisions: KeyDecision[];
  strongEndings: PlayEnding[];
}

export function roleplayKey(id: string, script: PlayScript): RoleplayKey {
  return {
    decisions: recommendedPath(script).map(({ node }) => ({ node, replies: choiceOrder(id, node) })),
    strongEndings: script.endings.filter((ending) => ending.outcome === 'strong'),
  };
}
