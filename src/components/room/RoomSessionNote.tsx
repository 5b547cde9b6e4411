import { ui } from '../../lib/i18n';

interface Props {
  /** True once the session has got somewhere (or was picked up after a reload): it can then start again. */
  started: boolean;
  onStartAgain: () => void;
  enabled: boolean;
}

/** On a room activity's first screen: nothing here is saved to anyone's progress, and a way to start again. */
export function RoomSessionNote({ started, onStartAgain, enabled }: Props) {
  return (
    <>
      <p className="room-note">{ui.room.notSaved}</p>
      {started && (
        <p>
          <button type="button" className="button secondary" onClick={onStartAgain} disabled={!enabled}>
            {ui.room.startAgain}
          </button>
        </p>
      )}
    </>
  );
}
