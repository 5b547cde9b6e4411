import type { RoleplayData } from '../../content/schemas/roleplays';
import { recommendedPath } from '../../lib/roleplay/debrief';
import { choiceOrder } from '../../lib/roleplay/order';
import { staticUi } from '../../lib/i18n';
import { MenteeLine } from './RolePlayTranscript';

/**
 * The role-play as a printed handout, whatever the learner has played: what the mentee says at each
 * decision (the first is how the conversation opens), the replies on offer in the order the page shows
 * them, and room to write. It follows the recommended path, so the conversation on paper hangs together.
 * Print only: on screen the conversation itself is the exercise.
 */
export function RolePlayHandout({ id, script }: { id: string; script: RoleplayData }) {
  const decisions = recommendedPath(script).map(({ node }) => node);
  return (
    <div className="roleplay-handout">
      <h3>{staticUi.roleplay.handoutHeading}</h3>
      <p>{staticUi.roleplay.handoutAsk}</p>
      <ol>
        {decisions.map((node, index) => (
          <li key={node.id}>
            <h4>{staticUi.roleplay.handoutDecision(index + 1, decisions.length)}</h4>
            <MenteeLine name={script.mentee.name} says={node.says} direction={node.direction} />
            <ul className="handout-replies">
              {choiceOrder(id, node).map((choice) => (
                <li key={choice.id}>“{choice.line}”</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
