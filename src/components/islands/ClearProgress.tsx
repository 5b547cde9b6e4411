import { useEffect, useRef, useState } from 'react';
import { ui } from '../../lib/i18n';
import { useFocusAfterRender } from './use-focus-after-render';
import { store } from './use-progress';

/** "Clear my progress", with a confirmation step that says exactly what will go. */
export function ClearProgress({ enabled }: { enabled: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  function ask() {
    setMessage('');
    setConfirming(true);
  }

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
        <div className="confirm-panel">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {ui.progress.confirmHeading}
          </h3>
          <p>{ui.progress.confirmText}</p>
          <p className="button-row">
            <button
              type="button"
              className="button danger"
              onClick={() => {
                store().clear();
                close(ui.progress.cleared);
              }}
            >
              {ui.progress.confirm}
            </button>
            <button type="button" className="button secondary" onClick={() => close('')}>
              {ui.progress.cancel}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="button secondary" ref={clearButton} onClick={ask} disabled={!enabled}>
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
