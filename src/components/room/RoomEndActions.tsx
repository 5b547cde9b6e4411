import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';

/** The end of a room activity: run it again, or pick another. */
export function RoomEndActions({ onStartAgain, enabled }: { onStartAgain: () => void; enabled: boolean }) {
  return (
    <p className="no-print">
      <button type="button" className="button secondary" onClick={onStartAgain} disabled={!enabled}>
        {ui.room.startAgain}
      </button>{' '}
      <a href={withBase('/room/')}>{ui.room.allActivities}</a>
    </p>
  );
}
