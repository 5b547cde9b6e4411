import type { RoleplayData } from '../../content/schemas/roleplays';
import { ui } from '../../lib/i18n';
import { count, pick, type RolePlayRoom, type RolePlayView } from '../../lib/room/roleplay-room';
import { coachingPages } from '../../lib/room/screen-pages';
import { RapportMeter } from '../shared/RapportMeter';
import { RoomHeading } from './RoomHeading';
import { RoomOptionActions } from './RoomOptionActions';
import type { RoomController } from './use-room-controller';

interface Props {
  script: RoleplayData;
  view: RolePlayView;
  controller: RoomController<RolePlayRoom>;
}

const r = ui.room.roleplay;

/** One decision in room mode, a screen at a time: the mentee's line, the replies on offer, the coaching on the room's reply. */
export function RoomRolePlayDecision({ script, view, controller }: Props) {
  const { room, page, hydrated: enabled, heading, change } = controller;
  const { screen, node, decision, options, recorded } = view;
  if (!node) return null;
  const name = script.mentee.name;
  const letterOf = (choiceId: string | undefined) => options.find((option) => option.choice.id === choiceId)?.letter ?? '';
  const menteeLine = (
    <p className="room-context">
      <strong>{name}:</strong> “{node.says}”
    </p>
  );

  if (screen.kind === 'line') {
    return (
      <>
        <RoomHeading ref={heading}>{r.says(decision, name)}</RoomHeading>
        {node.direction && <p className="room-direction">({node.direction})</p>}
        <blockquote className="room-line">
          <p>“{node.says}”</p>
        </blockquote>
      </>
    );
  }

  if (screen.kind === 'options') {
    return (
      <>
        <RoomHeading ref={heading}>{r.whatToSay(decision)}</RoomHeading>
        {menteeLine}
        <ul className="room-options">
          {options.map(({ choice, letter, votes, percent }) => {
            const selected = view.selected === choice.id;
            return (
              <li key={choice.id} className="room-option" data-selected={selected ? 'true' : undefined}>
                <p className="room-option-text">
                  <span className="room-letter">{letter}</span> “{choice.line}”
                </p>
                <RoomOptionActions
                  letter={letter}
                  votes={votes}
                  percent={percent}
                  selected={selected}
                  enabled={enabled}
                  pickLabel={r.choose(letter)}
                  onCount={(delta) => {
                    const next = count(room, node.id, choice.id, delta);
                    change(next, ui.room.voteAnnounce(letter, next.tallies[node.id]?.[choice.id] ?? 0));
                  }}
                  onPick={() => change(pick(script, room, choice.id), r.announcePick(letter), { settlesWarning: true })}
                />
              </li>
            );
          })}
        </ul>
      </>
    );
  }

  if (screen.kind !== 'feedback' || !recorded) return null;
  // A long reply and its coaching come one page each, so both stay large enough to read from the back.
  const pages = coachingPages(recorded, node.says);
  const shown = pages[Math.min(page, pages.length - 1)]!;
  return (
    <>
      <RoomHeading ref={heading}>
        {ui.room.pagedHeading(shown === 'reply' ? r.replyHeading(decision) : r.coachingHeading(decision), page + 1, pages.length)}
      </RoomHeading>
      {shown !== 'coaching' && (
        <>
          {menteeLine}
          <p className="room-chosen">
            <strong>{r.roomChose(letterOf(recorded.id))}:</strong> “{recorded.line}”{' '}
            <span className="skill-tag">({ui.skills[recorded.skill] ?? recorded.skill})</span>
          </p>
        </>
      )}
      {shown !== 'reply' && (
        <>
          <p className="room-coaching">
            <strong>{ui.roleplay.coaching}:</strong> {recorded.feedback}
          </p>
          <RapportMeter rapport={view.rapport} />
        </>
      )}
    </>
  );
}
