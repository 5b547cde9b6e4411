/**
 * The order replies are offered in. One seed per node, so a learner on the module page and a room
 * on the projector see the same replies in the same order (and a room's letters match the page).
 */
import { stableShuffle } from '../shuffle';

export function choiceOrder<C>(scriptId: string, node: { id: string; choices: readonly C[] }): C[] {
  return stableShuffle(node.choices, `${scriptId}/${node.id}`);
}
