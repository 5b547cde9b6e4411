import { RoomTally } from './RoomTally';

interface Props {
  letter: string;
  votes: number;
  /** True when this option is the room's answer or reply. */
  selected: boolean;
  enabled: boolean;
  /** "The room answers B", "The room chooses B". */
  pickLabel: string;
  onCount: (delta: 1 | -1) => void;
  onPick: () => void;
}

/** Under one option in room mode: count the votes for it, and mark it as the room's choice. */
export function RoomOptionActions({ letter, votes, selected, enabled, pickLabel, onCount, onPick }: Props) {
  return (
    <div className="room-option-actions">
      <RoomTally letter={letter} votes={votes} enabled={enabled} onCount={onCount} />
      <button type="button" className="button secondary room-pick" aria-pressed={selected} onClick={onPick} disabled={!enabled}>
        {selected && <span aria-hidden="true">✓ </span>}
        {pickLabel}
      </button>
    </div>
  );
}
