import { useEffect, useRef } from 'react';
import { ui } from '../../lib/i18n';

/**
 * A blanked screen ("B" or "." on a clicker), so the room looks at the trainer. It is one big button
 * that takes focus and says how to bring the screen back, so it works by mouse, keyboard and clicker.
 */
export function RoomBlank({ onShow }: { onShow: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <button ref={button} type="button" className="room-blank" onClick={onShow}>
      {ui.room.blankShow}
    </button>
  );
}
