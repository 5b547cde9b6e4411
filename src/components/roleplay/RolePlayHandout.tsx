import type { ReactNode } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { recommendedPath } from '../../lib/roleplay/debrief';
import { choiceOrder } from '../../lib/roleplay/order';
import { staticUi } from '../../lib/i18n';
import { spokenWords } from '../../lib/roleplay/stage-directions';
import { SpokenLine } from '../shared/SpokenLine';

/**
 * The role-play as a printed handout, whatever the learner has played: what the mentee says at each
 * decision (the first is how the conversation opens), the replies on offer in the order the page shows
 * them, and room to write. It follows the recommended path, so the conversation on paper hangs together.
 * Some replies on offer are unsafe on purpose and paper carries no coaching, so the handout says so;
 * the trainer's answer sheet has the key. A script that touches a risk also asks what the learner
 * would do on the branch the handout does not follow, and ends with `safetyBox` (the "if this becomes
 * real" box, rendered at build time with the numbers from the resource data).
 * A script's `roomDirection` replaces its stage directions here as on the scenario card, since learners
 * may act the handout out in a room. Drawn on the module's handouts page only (pages/modules/[id]/handouts.astro):
 * on the module page the conversation itself is the exercise.
 */
export function RolePlayHandout({ id, script, safetyBox }: { id: string; script: RoleplayData; safetyBox?: ReactNode }) {
  const decisions = recommendedPath(script).map(({ node }) => node);
  const room = script.roomDirection;
  return (
    <div className="roleplay-handout">
      <h3>{staticUi.roleplay.handoutHeading}</h3>
      <p>{staticUi.roleplay.handoutAsk}</p>
      <ol>
        {decisions.map((node, index) => (
          <li key={node.id}>
            <h4>{staticUi.roleplay.handoutDecision(index + 1, decisions.length)}</h4>
            <p className="line mentee-line">
              <strong>{script.mentee.name}:</strong>{' '}
              {room === undefined ? (
                <SpokenLine text={node.says} direction={node.direction} />
              ) : (
                <SpokenLine text={spokenWords(node.says)} direction={index === 0 ? room : undefined} />
              )}
            </p>
            <ul className="handout-replies">
              {choiceOrder(id, node).map((choice) => (
                <li key={choice.id}>
                  <SpokenLine text={choice.line} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {script.risks.length > 0 && <p className="handout-what-if">{staticUi.roleplay.handoutWhatIf(script.mentee.name)}</p>}
      {safetyBox}
    </div>
  );
}
