import { useRef, useState } from 'react';
import { ui } from '../../lib/i18n';
import { ConfirmPanel } from './ConfirmPanel';
import { store } from '../shared/use-progress';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import type { ClearResult } from '../../lib/progress';

/** What actually happened, checked by the store: never "cleared" when it was not. */
const clearedMessages: Record<ClearResult, string> = {
  cleared: ui.progress.cleared,
  'memory-only': ui.progress.clearedMemoryOnly,
  failed: ui.progress.clearFailed,
};

/** "Clear my progress", with a confirmation step that says exactly what will go. */
export function ClearProgress({ enabled }: { enabled: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const clearButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  function close(text: string) {
    setConfirming(false);
    setMessage(text);
    focusAfterRender(() => clearButton.current);
  }

  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">{ui.progress.clearHeading}</h2>
      <p>{ui.progress.clearIntro}</p>
      {confirming ? (
        <ConfirmPanel
          heading={ui.progress.confirmHeading}
          text={ui.progress.confirmText}
          confirmLabel={ui.progress.confirm}
          onConfirm={() => {
            void store()
              .clear()
              .then((result) => close(clearedMessages[result]));
          }}
          onCancel={() => close('')}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button secondary"
            ref={clearButton}
            onClick={() => {
              setMessage('');
              setConfirming(true);
            }}
            disabled={!enabled}
          >
            {ui.progress.clear}
          </button>
        </p>
      )}
      <p role="status" className="form-message">
        {message}
      </p>
    </section>
  );
}
