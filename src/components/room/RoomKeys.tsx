import { useEffect, useId, useRef } from 'react';
import { ui } from '../../lib/i18n';
import { PRESENTER_KEYS } from '../../lib/room/keys';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The "Keys" button and the list of presenter keys it opens (also on "?"). A native modal dialog, so
 * focus moves into it, Escape closes it and focus goes back where it was; in full screen it still
 * shows above the stage.
 */
export function RoomKeys({ open, onOpenChange }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button secondary room-keys-button" aria-haspopup="dialog" onClick={() => onOpenChange(true)}>
        {ui.room.keys.button}
      </button>
      <dialog ref={dialog} className="room-keys" aria-labelledby={titleId} onClose={() => onOpenChange(false)}>
        <h2 id={titleId}>{ui.room.keys.heading}</h2>
        <dl>
          {PRESENTER_KEYS.map(({ action, keys }) => (
            <div key={action}>
              <dt>{ui.room.keys.actions[action]}</dt>
              <dd>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ` ${ui.room.keys.or} `}
                    <kbd>{ui.room.keys.names[key]}</kbd>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
        <p className="room-keys-note">{ui.room.keys.note}</p>
        <form method="dialog">
          <button type="submit" className="button">
            {ui.room.keys.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
