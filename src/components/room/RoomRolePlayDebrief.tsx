import type { Ref } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { ui } from '../../lib/i18n';
import { roomDebrief } from '../../lib/room/roleplay-debrief';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import { endingResources } from '../../lib/roleplay/debrief';
import { EndingSummary } from '../shared/EndingSummary';
import { ResourceLinkList, type ResourceRef } from '../shared/ResourceLinkList';
import { RoomEndActions } from './RoomEndActions';
import { RoomHeading } from './RoomHeading';

interface Props {
  id: string;
  script: RoleplayData;
  room: RolePlayRoom;
  resources: ResourceRef[];
  headingRef: Ref<HTMLHeadingElement>;
  onStartAgain: () => void;
  enabled: boolean;
}

const r = ui.room.roleplay;

/** The group debrief: how it ended, the room's path beside the recommended one, thoughts, votes, questions to discuss. */
export function RoomRolePlayDebrief({ id, script, room, resources, headingRef, onStartAgain, enabled }: Props) {
  const result = roomDebrief(id, script, room);
  const { ending, skillsUsed } = result.state;
  if (!ending) return null;
  const name = script.mentee.name;
  return (
    <div className="room-debrief">
      <RoomHeading ref={headingRef}>{r.debriefHeading}</RoomHeading>
      <div className={`room-ending outcome-${ending.outcome}`}>
        <h3>{r.endingHeading(ending.title)}</h3>
        <p className="room-context">
          <strong>{name}:</strong> “{ending.says}”
        </p>
        <EndingSummary ending={ending} />
      </div>

      <h3>{r.pathHeading}</h3>
      <p className="room-lead">{result.followedRecommended ? r.followedAll : r.matched(result.matched, result.rows.length)}</p>
      <ol className="debrief-steps room-path">
        {result.rows.map((row) => (
          <li key={row.node.id} data-matched={row.matched ? 'true' : 'false'}>
            <dl>
              <dt>{r.columns.said(name)}</dt>
              <dd>“{row.node.says}”</dd>
              <dt>{r.columns.room}</dt>
              <dd>
                {row.chosenLetter}: “{row.chosen.line}”{' '}
                <span className="skill-tag">({ui.skills[row.chosen.skill] ?? row.chosen.skill})</span>
              </dd>
              <dt>{ui.room.votesLabel}</dt>
              <dd>{row.counted ? ui.room.tallySummary(row.tally) : ui.room.noVotes}</dd>
              <dt>{r.columns.recommended}</dt>
              <dd>{row.matched ? r.same : row.recommended ? `${row.recommendedLetter}: “${row.recommended.line}”` : ''}</dd>
              <dt>{r.columns.thinking(name)}</dt>
              <dd className="thought">{row.node.thought}</dd>
            </dl>
          </li>
        ))}
      </ol>

      <h3>{r.recommendedPathHeading}</h3>
      <ol className="room-recommended">
        {result.recommendedPath.map(({ node, choice, letter }) => (
          <li key={node.id}>
            <span className="room-path-line">
              <strong>{name}:</strong> “{node.says}”
            </span>{' '}
            <span className="room-path-line">
              <strong>{r.columns.recommended}:</strong> {letter}: “{choice.line}”
            </span>
          </li>
        ))}
      </ol>

      <h3>{r.skillsHeading}</h3>
      <ul>
        {skillsUsed.map((skill) => (
          <li key={skill}>{ui.skills[skill] ?? skill}</li>
        ))}
      </ul>

      <h3>{ui.room.discussionPrompts}</h3>
      <ul>
        {r.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>

      <ResourceLinkList resources={endingResources(ending, resources)} level={3} />

      <RoomEndActions onStartAgain={onStartAgain} enabled={enabled} />
    </div>
  );
}
