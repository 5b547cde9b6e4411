import type { RoleplayData } from '../../content/schemas/roleplays';
import { ui } from '../../lib/i18n';
import { rolePlayRoomRules, roleplayView, type RolePlayRoom } from '../../lib/room/roleplay-room';
import { rolePlayDensity } from '../../lib/room/screen-density';
import { rolePlayPageCount } from '../../lib/room/screen-pages';
import { readRolePlayRoom } from '../../lib/progress/room-shelf';
import type { ResourceRef } from '../shared/ResourceLinkList';
import { RoomHeading } from './RoomHeading';
import { RoomRolePlayDebrief } from './RoomRolePlayDebrief';
import { RoomRolePlayDecision } from './RoomRolePlayDecision';
import { RoomSessionNote } from './RoomSessionNote';
import { RoomStage, type RoomFrame } from './RoomStage';
import { useRoomController } from './use-room-controller';
import { roomRolePlay } from './room-activity-data';

interface Props {
  id: string;
  script: RoleplayData;
  resources: ResourceRef[];
}

const r = ui.room.roleplay;

/** What a screen reader hears when a role-play screen (or a page of it) appears. */
function describeScreen(id: string, script: RoleplayData, room: RolePlayRoom, page: number): string {
  const { screen, node, decision, options, recorded, state } = roleplayView(id, script, room);
  const pages = rolePlayPageCount(id, script, room);
  if (page > 0) return ui.room.pagedHeading(screen.kind === 'debrief' ? r.debriefHeading : r.coachingHeading(decision), page + 1, pages);
  switch (screen.kind) {
    case 'intro':
      return r.announceIntro(script.title);
    case 'line':
      return r.announceLine(decision, script.mentee.name, node ? `${node.direction ? `(${node.direction}) ` : ''}${node.says}` : '');
    case 'options':
      return r.announceReplies(decision, options.at(-1)?.letter ?? '');
    case 'feedback':
      return r.announceCoaching(options.find((option) => option.choice.id === recorded?.id)?.letter ?? '', recorded?.feedback ?? '');
    case 'debrief':
      return r.announceDebrief(state.ending?.title ?? '');
  }
}

/** The frame around a role-play screen: where the room is, and what Next does there. */
function frameOf(id: string, script: RoleplayData, room: RolePlayRoom, page: number, pages: number): RoomFrame {
  const view = roleplayView(id, script, room);
  const { screen, decision, state } = view;
  const name = script.mentee.name;
  const stepLabel = screen.kind === 'intro' ? script.title : screen.kind === 'debrief' ? r.debriefHeading : r.decision(decision);
  const lastReply = state.taken.length === decision && state.ending;
  const nextLabel = {
    intro: r.start(name),
    line: r.showReplies,
    options: r.revealCoaching,
    feedback: lastReply ? r.toDebrief : r.hearReply(name),
    debrief: undefined,
  }[screen.kind];
  return {
    screen: screen.kind,
    stepLabel,
    timerKey: screen.kind === 'debrief' ? 'debrief' : String(decision),
    canBack: view.canBack || page > 0,
    nextLabel: page < pages - 1 ? ui.room.nextPage : nextLabel,
    density: rolePlayDensity(id, script, room, page, r.prompts.join('').length),
    hint: screen.kind === 'options' ? r.repliesHint : undefined,
  };
}

/**
 * The room role-play island: its props carry only the role-play's id and its module's exercises file,
 * where the script and its endings' resources are read from (room-activity-data.ts).
 */
export function RoomRolePlayIsland({ id, source }: { id: string; source: string }) {
  const { script, resources } = roomRolePlay(source, id);
  return <RoomRolePlay id={id} script={script} resources={resources} />;
}

/** A role-play for a whole room: one big step at a time, the room decides, the trainer records it. */
export function RoomRolePlay({ id, script, resources }: Props) {
  const controller = useRoomController({
    kind: 'roleplay',
    id,
    rules: rolePlayRoomRules(script),
    read: readRolePlayRoom,
    pages: (room) => rolePlayPageCount(id, script, room),
    describe: (room, page) => describeScreen(id, script, room, page),
  });
  const { room, page, hydrated, resumed, heading, again, stage } = controller;
  const view = roleplayView(id, script, room);

  return (
    <RoomStage {...stage} {...frameOf(id, script, room, page, stage.pages)}>
      {view.screen.kind === 'intro' && (
        <>
          <RoomHeading ref={heading}>{r.setUp}</RoomHeading>
          {script.contentNote && (
            <p className="room-content-note">
              <strong>{ui.roleplay.contentNote}:</strong> {script.contentNote}
            </p>
          )}
          <p className="room-lead">{script.premise}</p>
          <p>
            <strong>{r.talkingWith(script.mentee.name)}.</strong> {script.mentee.situation}
          </p>
          <RoomSessionNote started={resumed || room.steps.length > 0} onStartAgain={again} enabled={hydrated} />
        </>
      )}
      <RoomRolePlayDecision script={script} view={view} controller={controller} />
      {view.screen.kind === 'debrief' && view.state.ending && (
        <RoomRolePlayDebrief
          id={id}
          script={script}
          room={room}
          page={page}
          resources={resources}
          headingRef={heading}
          onStartAgain={again}
          enabled={hydrated}
        />
      )}
    </RoomStage>
  );
}
