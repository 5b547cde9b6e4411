import { ui } from '../../lib/i18n';

interface Props {
  letter: string;
  votes: number;
  enabled: boolean;
  onCount: (delta: 1 | -1) => void;
}

/** − count + for one option. The count is text; the buttons say which option they count for. */
export function RoomTally({ letter, votes, enabled, onCount }: Props) {
  return (
    <div className="room-tally" role="group" aria-label={ui.room.votesFor(letter)}>
      <button type="button" className="room-count" onClick={() => onCount(-1)} disabled={!enabled || votes === 0}>
        −<span className="visually-hidden"> {ui.room.removeVote(letter)}</span>
      </button>
      <span className="room-votes">{ui.room.votes(votes)}</span>
      <button type="button" className="room-count" onClick={() => onCount(1)} disabled={!enabled}>
        +<span className="visually-hidden"> {ui.room.addVote(letter)}</span>
      </button>
    </div>
  );
}
