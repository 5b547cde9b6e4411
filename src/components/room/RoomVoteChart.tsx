import type { TallyRow } from '../../lib/room/tally';
import { ui } from '../../lib/i18n';
import { RoomBar } from './RoomBar';

/**
 * How the room's votes fell, as a bar chart with the numbers: one row per option, by letter. The list
 * reads as "A: 3 (75%)", so the chart never depends on seeing the bars.
 */
export function RoomVoteChart({ rows }: { rows: readonly TallyRow[] }) {
  if (!rows.some((row) => row.votes > 0)) return <p className="room-no-votes">{ui.room.noVotes}</p>;
  return (
    <ul className="room-chart" aria-label={ui.room.votesLabel}>
      {rows.map((row) => (
        <li key={row.optionId} data-leading={row.leading ? 'true' : undefined}>
          <span className="room-chart-letter">{row.letter}:</span> <RoomBar percent={row.percent} />{' '}
          <span className="room-chart-count">{ui.room.chartCount(row.votes, row.percent)}</span>
        </li>
      ))}
    </ul>
  );
}
