import { RoomBar } from './RoomBar';
import { RoomTally } from './RoomTally';

interface Props {
  letter: string;
  votes: number;
  /** This option's share of the votes counted, 0 to 100, drawn as a bar beside the count. */
  percent: number;
  /** True when this option is the room's answer or reply. */
  selected: boolean;
  enabled: boolean;
  /** "The room answers B", "The room chooses B". */
  pickLabel: string;
  onCount: (delta: 1 | -1) => void;
  onPick: () => void;
}

/** Beside one option in room mode: count the votes for it (a number and a bar), and mark it as the room's choice. */
export function RoomOptionActions({ letter, votes, percent, selected, enabled, pickLabel, onCount, onPick }: Props) {
  return (
    <div className="room-option-actions">
      <RoomTally letter={letter} votes={votes} enabled={enabled} onCount={onCount} />
      <RoomBar percent={percent} />
      <button type="button" className="button secondary room-pick" aria-pressed={selected} onClick={onPick} disabled={!enabled}>
        {selected && <span aria-hidden="true">✓ </span>}
        {pickLabel}
      </button>
    </div>
  );
}
