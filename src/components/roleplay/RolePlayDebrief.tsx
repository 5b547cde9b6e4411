import type { Ref } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { endingResources, learnerDebrief } from '../../lib/roleplay/debrief';
import type { PlayState } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';
import { EndingSummary } from '../shared/EndingSummary';
import { ResourceLinkList, type ResourceRef } from '../shared/ResourceLinkList';
import { MenteeLine } from './RolePlayTranscript';

export type { ResourceRef } from '../shared/ResourceLinkList';

interface Props {
  script: RoleplayData;
  state: PlayState;
  resources: ResourceRef[];
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The ending and the debrief: how the mentee answered last, then each moment once — what they said, the
 * reply chosen, the recommended reply with its coaching only where it differs (what to try next time),
 * and what the mentee was thinking.
 */
export function RolePlayDebrief({ script, state, resources, headingRef }: Props) {
  const result = learnerDebrief(state);
  if (!result) return null;
  const { ending, rows, missed } = result;
  const columns = ui.roleplay.columns;
  return (
    <div className={`roleplay-ending outcome-${ending.outcome}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        {ui.roleplay.endingHeading}: {ending.title}
      </h3>
      <MenteeLine name={script.mentee.name} says={ending.says} direction={undefined} />
      <EndingSummary ending={ending} />

      <h4>{ui.roleplay.pathHeading}</h4>
      {missed.length === 0 && <p>{ui.roleplay.allRecommended}</p>}
      <ol className="debrief-steps">
        {rows.map((row) => (
          <li key={row.node.id}>
            <dl>
              <dt>{columns.moment}</dt>
              <dd>“{row.node.says}”</dd>
              <dt>{columns.yours}</dt>
              <dd>
                “{row.chosen.line}” <span className="skill-tag">({ui.skills[row.chosen.skill] ?? row.chosen.skill})</span>
                {row.matched && <strong className="same-tag"> {ui.roleplay.same}</strong>}
              </dd>
              {!row.matched && row.recommended && (
                <>
                  <dt>{columns.tryNext}</dt>
                  <dd>
                    “{row.recommended.line}” — {row.recommended.feedback}
                  </dd>
                </>
              )}
              <dt>{columns.thinking}</dt>
              <dd className="thought">{row.node.thought}</dd>
            </dl>
          </li>
        ))}
      </ol>

      <h4>{ui.roleplay.skillsHeading}</h4>
      <ul>
        {state.skillsUsed.map((skill) => (
          <li key={skill}>{ui.skills[skill] ?? skill}</li>
        ))}
      </ul>

      <ResourceLinkList resources={endingResources(ending, resources)} level={4} />
    </div>
  );
}
