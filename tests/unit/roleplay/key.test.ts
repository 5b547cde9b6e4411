import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../../src/content/schemas/roleplays';
import { roleplayKey } from '../../../src/lib/roleplay/key';
import { choiceOrder } from '../../../src/lib/roleplay/order';
import { baseRoleplay } from '../roleplay-fixture';

describe("the trainer's key to a printed role-play", () => {
  const script = roleplaySchema.parse(baseRoleplay());

  it('covers the decisions the handout prints, with the replies in the same order', () => {
    const key = roleplayKey('tiny', script);
    expect(key.decisions.map(({ node }) => node.id)).toEqual(['n1', 'n2', 'n3']);
    for (const { node, replies } of key.decisions) expect(replies).toEqual(choiceOrder('tiny', node));
    expect(key.decisions.every(({ replies }) => replies.filter((reply) => reply.recommended).length === 1)).toBe(true);
  });

  it('ends with what every strong ending teaches', () => {
    expect(roleplayKey('tiny', script).strongEndings.map((ending) => ending.keyLearning)).toEqual(['Ask before advising.']);
  });
});
