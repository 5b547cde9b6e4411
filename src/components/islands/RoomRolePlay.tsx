import { useRef, useState } from 'react';
import type { RoleplayData } from '../../content/schemas/roleplays';
import { ui } from '../../lib/i18n';
import type { Blocked } from '../../lib/room/navigation';
import { back, count, forward, normalizeRolePlayRoom, pick, roleplayView, startRolePlayRoom, type RolePlayRoom } from '../../lib/room/roleplay-room';
import { readRolePlayRoom } from '../../lib/room/session-store';
import { DEFAULT_SECONDS } from '../../lib/room/timer';
import { RapportMeter } from './RapportMeter';
import type { ResourceRef } from './RolePlayDebrief';
import { RoomRolePlayDebrief } from './RoomRolePlayDebrief';
import { RoomStage } from './RoomStage';
import { RoomTally } from './RoomTally';
import { useFocusAfterRender } from './use-focus-after-render';
import { usePresenterKeys } from './use-presenter-keys';
import { useHydrated } from './use-progress';
import { useRoomSession } from './use-room-session';

interface Props {
  id: string;
  script: RoleplayData;
  resources: ResourceRef[];
}

const r = ui.room.roleplay;

/** A role-play for a whole room: one big step at a time, the room decides, the trainer records it. */
export function RoomRolePlay({ id, script, resources }: Props) {
  const hydrated = useHydrated();
  const { room, setRoom, resumed, restart } = useRoomSession('roleplay', id, startRolePlayRoom, (storage) => {
    const kept = readRolePlayRoom(storage, id);
    return kept && normalizeRolePlayRoom(script, kept);
  });
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const view = roleplayView(id, script, room);
  const { screen, node, decision, options } = view;
  const name = script.mentee.name;
  const letterOf = (choiceId: string | undefined) => options.find((option) => option.choice.id === choiceId)?.letter ?? '';

  /** Says what the new screen shows, and moves focus to its heading (out of any form control, so the clicker keeps working). */
  function show(next: RolePlayRoom) {
    setRoom(next);
    setWarning('');
    const after = roleplayView(id, script, next);
    const last = after.options.at(-1)?.letter ?? '';
    const says = after.node ? `${after.node.direction ? `(${after.node.direction}) ` : ''}${after.node.says}` : '';
    const text = {
      intro: r.announceIntro(script.title),
      line: r.announceLine(after.decision, name, says),
      options: r.announceReplies(after.decision, last),
      feedback: r.announceCoaching(after.options.find((option) => option.choice.id === after.recorded?.id)?.letter ?? '', after.recorded?.feedback ?? ''),
      debrief: r.announceDebrief(after.state.ending?.title ?? ''),
    }[after.screen.kind];
    setAnnouncement(text);
    focusAfterRender(() => heading.current);
  }

  function refuse(blocked: Blocked) {
    setWarning(ui.room.blocked[blocked]);
    setAnnouncement(ui.room.blocked[blocked]);
  }

  const move = (result: { room: RolePlayRoom; blocked?: Blocked }) => (result.blocked ? refuse(result.blocked) : show(result.room));
  const goNext = () => move(forward(script, room));
  const goBack = () => move(back(room));
  usePresenterKeys({ next: goNext, back: goBack }, hydrated);

  function choose(choiceId: string) {
    setRoom(pick(script, room, choiceId));
    setWarning('');
    setAnnouncement(r.announcePick(letterOf(choiceId)));
  }

  function vote(choiceId: string, delta: 1 | -1) {
    if (!node) return;
    const next = count(room, node.id, choiceId, delta);
    setRoom(next);
    setAnnouncement(ui.room.voteAnnounce(letterOf(choiceId), next.tallies[node.id]?.[choiceId] ?? 0));
  }

  function again() {
    restart();
    setWarning('');
    setAnnouncement(ui.room.startAgainAnnounce);
    focusAfterRender(() => heading.current);
  }

  const nextLabel = {
    intro: r.start(name),
    line: r.showReplies,
    options: r.revealCoaching,
    feedback: view.state.taken.length === decision && view.state.ending ? r.toDebrief : r.hearReply(name),
    debrief: undefined,
  }[screen.kind];

  return (
    <RoomStage
      screen={screen.kind}
      stepLabel={screen.kind === 'intro' ? script.title : screen.kind === 'debrief' ? r.debriefHeading : r.decision(decision)}
      timerSeconds={DEFAULT_SECONDS.roleplay}
      timerKey={screen.kind === 'debrief' ? 'debrief' : String(decision)}
      hydrated={hydrated}
      canBack={view.canBack}
      nextLabel={nextLabel}
      onBack={goBack}
      onNext={goNext}
      announcement={announcement}
      warning={warning}
      resumed={resumed}
    >
      {screen.kind === 'intro' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {r.setUp}
          </h2>
          {script.contentNote && (
            <p className="room-content-note">
              <strong>{ui.roleplay.contentNote}:</strong> {script.contentNote}
            </p>
          )}
          <p className="room-lead">{script.premise}</p>
          <p>
            <strong>{r.talkingWith(name)}.</strong> {script.mentee.situation}
          </p>
          <p className="room-note">{ui.room.notSaved}</p>
          {(resumed || room.steps.length > 0) && (
            <p>
              <button type="button" className="button secondary" onClick={again} disabled={!hydrated}>
                {ui.room.startAgain}
              </button>
            </p>
          )}
        </>
      )}

      {node && screen.kind === 'line' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {r.says(decision, name)}
          </h2>
          {node.direction && <p className="room-direction">({node.direction})</p>}
          <blockquote className="room-line">
            <p>“{node.says}”</p>
          </blockquote>
        </>
      )}

      {node && screen.kind === 'options' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {r.whatToSay(decision)}
          </h2>
          <p className="room-context">
            <strong>{name}:</strong> “{node.says}”
          </p>
          <p className="room-hint">{r.repliesHint}</p>
          <ul className="room-options">
            {options.map(({ choice, letter, votes }) => {
              const selected = view.selected === choice.id;
              return (
                <li key={choice.id} className="room-option" data-selected={selected ? 'true' : undefined}>
                  <p className="room-option-text">
                    <span className="room-letter">{letter}</span> “{choice.line}”
                  </p>
                  <div className="room-option-actions">
                    <RoomTally letter={letter} votes={votes} enabled={hydrated} onCount={(delta) => vote(choice.id, delta)} />
                    <button type="button" className="button secondary room-pick" aria-pressed={selected} onClick={() => choose(choice.id)} disabled={!hydrated}>
                      {selected && <span aria-hidden="true">✓ </span>}
                      {r.choose(letter)}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}

      {node && screen.kind === 'feedback' && view.recorded && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {r.coachingHeading(decision)}
          </h2>
          <p className="room-context">
            <strong>{name}:</strong> “{node.says}”
          </p>
          <p className="room-chosen">
            <strong>{r.roomChose(letterOf(view.recorded.id))}:</strong> “{view.recorded.line}”{' '}
            <span className="skill-tag">({ui.skills[view.recorded.skill] ?? view.recorded.skill})</span>
          </p>
          <p className="room-coaching">
            <strong>{ui.roleplay.coaching}:</strong> {view.recorded.feedback}
          </p>
          <RapportMeter rapport={view.rapport} />
        </>
      )}

      {screen.kind === 'debrief' && view.state.ending && (
        <RoomRolePlayDebrief id={id} script={script} room={room} resources={resources} headingRef={heading} onStartAgain={again} enabled={hydrated} />
      )}
    </RoomStage>
  );
}

