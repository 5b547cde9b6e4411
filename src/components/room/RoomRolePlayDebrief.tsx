import type { Ref } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { ui } from '../../lib/i18n';
import { roomDebrief } from '../../lib/room/roleplay-debrief';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import { debriefPages } from '../../lib/room/screen-pages';
import { endingResources } from '../../lib/roleplay/debrief';
import { EndingSummary } from '../shared/EndingSummary';
import { ResourceLinkList, type ResourceRef } from '../shared/ResourceLinkList';
import { RoomDebriefPath } from './RoomDebriefPath';
import { RoomEndActions } from './RoomEndActions';
import { RoomHeading } from './RoomHeading';

interface Props {
  id: string;
  script: RoleplayData;
  room: RolePlayRoom;
  /** Which page of the debrief is showing (pages are decided in lib/room/screen-pages). */
  page: number;
  resources: ResourceRef[];
  headingRef: Ref<HTMLHeadingElement>;
  onStartAgain: () => void;
  enabled: boolean;
}

const r = ui.room.roleplay;

/**
 * The group debrief, a page at a time so each fits the screen: how it ended; the room's path beside
 * the recommended one, moment by moment, with thoughts and votes; the recommended path from the start;
 * then skills, questions for the group and resources.
 */
export function RoomRolePlayDebrief({ id, script, room, page, resources, headingRef, onStartAgain, enabled }: Props) {
  const result = roomDebrief(id, script, room);
  const { ending, skillsUsed } = result.state;
  if (!ending) return null;
  const pages = debriefPages(result);
  const shown = pages[Math.min(page, pages.length - 1)]!;
  const name = script.mentee.name;
  return (
    <div className="room-debrief" data-debrief={shown.kind}>
      <RoomHeading ref={headingRef}>{ui.room.pagedHeading(r.debriefHeading, page + 1, pages.length)}</RoomHeading>
      {shown.kind === 'ending' && (
        <div className={`room-ending outcome-${ending.outcome}`}>
          <h3>{r.endingHeading(ending.title)}</h3>
          <p className="room-context">
            <strong>{name}:</strong> “{ending.says}”
          </p>
          <EndingSummary ending={ending} />
        </div>
      )}

      {shown.kind === 'path' && (
        <>
          <h3>{r.pathHeading}</h3>
          <p className="room-lead">{result.followedRecommended ? r.followedAll : r.matched(result.matched, result.rows.length)}</p>
          <RoomDebriefPath rows={result.rows} shown={shown.rows} name={name} />
        </>
      )}

      {shown.kind === 'recommended' && (
        <>
          <h3>{r.recommendedPathHeading}</h3>
          <ol className="room-recommended">
            {shown.steps.map((index) => {
              const { node, choice, letter } = result.recommendedPath[index]!;
              return (
                <li key={node.id} value={index + 1}>
                  <span className="room-path-line">
                    <strong>{name}:</strong> “{node.says}”
                  </span>{' '}
                  <span className="room-path-line">
                    <strong>{r.columns.recommended}:</strong> {letter}: “{choice.line}”
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}

      {shown.kind === 'discuss' && (
        <div className="room-discuss">
          <div>
            <h3>{ui.room.discussionPrompts}</h3>
            <ul>
              {r.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{r.skillsHeading}</h3>
            <ul>
              {skillsUsed.map((skill) => (
                <li key={skill}>{ui.skills[skill] ?? skill}</li>
              ))}
            </ul>
            <ResourceLinkList resources={endingResources(ending, resources)} level={3} />
          </div>
        </div>
      )}
      {shown.kind === 'discuss' && <RoomEndActions onStartAgain={onStartAgain} enabled={enabled} />}
    </div>
  );
}
