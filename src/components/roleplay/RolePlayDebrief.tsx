import type { Ref } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { endingResources, learnerDebrief } from '../../lib/roleplay/debrief';
import type { PlayState } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';
import { EndingSummary } from '../shared/EndingSummary';
import { ResourceLinkList, type ResourceRef } from '../shared/ResourceLinkList';

export type { ResourceRef } from '../shared/ResourceLinkList';

interface Props {
  script: RoleplayData;
  state: PlayState;
  resources: ResourceRef[];
  headingRef: Ref<HTMLHeadingElement>;
}

/** The ending and the debrief: both paths side by side, what the mentee was thinking, skills, next time. */
export function RolePlayDebrief({ script, state, resources, headingRef }: Props) {
  const result = learnerDebrief(state);
  if (!result) return null;
  const { ending, rows, missed } = result;
  return (
    <div className={`roleplay-ending outcome-${ending.outcome}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        {ui.roleplay.endingHeading}: {ending.title}
      </h3>
      <EndingSummary ending={ending} />

      <h4>{ui.roleplay.pathHeading}</h4>
      <ol className="debrief-steps">
        {rows.map((row) => (
          <li key={row.node.id}>
            <dl>
              <dt>{ui.roleplay.columns.moment}</dt>
              <dd>“{row.node.says}”</dd>
              <dt>{ui.roleplay.columns.yours}</dt>
              <dd>
                “{row.chosen.line}” <span className="skill-tag">({ui.skills[row.chosen.skill] ?? row.chosen.skill})</span>
              </dd>
              <dt>{ui.roleplay.columns.recommended}</dt>
              <dd>{row.matched ? ui.roleplay.same : row.recommended ? `“${row.recommended.line}”` : ''}</dd>
              <dt>{ui.roleplay.columns.thinking}</dt>
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

      <h4>{ui.roleplay.tryNext}</h4>
      {missed.length === 0 ? (
        <p>{ui.roleplay.allRecommended}</p>
      ) : (
        <ul>
          {missed.map(({ node, recommended }) => (
            <li key={node.id}>
              {ui.roleplay.missed(script.mentee.name, node.says, recommended.line)}
              {recommended.feedback}
            </li>
          ))}
        </ul>
      )}

      <ResourceLinkList resources={endingResources(ending, resources)} level={4} />
    </div>
  );
}
