import { ui } from '../../lib/i18n';
import type { RoomDebriefRow } from '../../lib/room/roleplay-debrief';
import { RoomVoteChart } from './RoomVoteChart';

interface Props {
  rows: readonly RoomDebriefRow[];
  /** Which rows this page shows (indexes into rows). */
  shown: readonly number[];
  name: string;
}

const r = ui.room.roleplay;

/**
 * Moments of the room's path, each with what the mentee said, then the room's reply and the
 * recommended one side by side, how the votes fell (a bar chart with numbers), and what the mentee
 * was thinking.
 */
export function RoomDebriefPath({ rows, shown, name }: Props) {
  return (
    <ol className="room-path">
      {shown.map((index) => {
        const row = rows[index]!;
        return (
          <li key={row.node.id} value={index + 1} data-matched={row.matched ? 'true' : 'false'}>
            <p className="room-path-said">
              <strong>{r.columns.said(name)}:</strong> “{row.node.says}”
            </p>
            <dl className="room-path-compare">
              <div className="room-path-room">
                <dt>{r.columns.room}</dt>
                <dd>
                  {row.chosenLetter}: “{row.chosen.line}”{' '}
                  <span className="skill-tag">({ui.skills[row.chosen.skill] ?? row.chosen.skill})</span>
                </dd>
              </div>
              <div className="room-path-recommended">
                <dt>{r.columns.recommended}</dt>
                <dd>{row.matched ? r.same : row.recommended ? `${row.recommendedLetter}: “${row.recommended.line}”` : ''}</dd>
              </div>
              <div className="room-path-votes">
                <dt>{ui.room.votesLabel}</dt>
                <dd>
                  <RoomVoteChart rows={row.tally} />
                </dd>
              </div>
              <div className="room-path-thought">
                <dt>{r.columns.thinking(name)}</dt>
                <dd className="thought">{row.node.thought}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
