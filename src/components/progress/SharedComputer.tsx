import { useEffect, useId, useState } from 'react';
import { browserStorage, sessionOnly } from '../../lib/progress';
import { forgetEverything, setSessionOnly, tellOtherTabsToForget } from '../../lib/progress/device';
import { framedByAnotherSite } from '../../lib/frame';
import { forgottenQuery } from '../../lib/offline/forgotten';
import { pauseOffline } from '../../lib/offline/pause';
import { ui } from '../../lib/i18n';
import { MODE_CHANGED_KEY } from '../../lib/progress/keys';
import { withBase } from '../../lib/url';
import { ConfirmPanel } from './ConfirmPanel';
import { useBrowserValue, useHydrated } from '../shared/use-hydrated';

/** Shared-computer mode (session-only progress) and "forget everything on this device". */
export function SharedComputer() {
  const hydrated = useHydrated();
  // Changing the mode reloads the page, so this holds for as long as the island lives.
  const on = useBrowserValue(sessionOnly, false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const checkboxId = useId();

  useEffect(() => {
    // A mode change reloads the page (the store must reopen on the other storage); say it worked.
    const changed = browserStorage('sessionStorage')?.getItem(MODE_CHANGED_KEY);
    if (changed) {
      browserStorage('sessionStorage')?.removeItem(MODE_CHANGED_KEY);
      // The note is read and removed in one go, a side effect, so it cannot happen during render; and
      // only after mount, so the server's HTML and the first render match.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMessage(ui.device.sessionChanged(changed === 'on'));
    }
  }, []);

  function toggle(next: boolean) {
    const local = browserStorage('localStorage');
    const session = browserStorage('sessionStorage');
    if (!local || !session || !setSessionOnly(next, local, session)) {
      setMessage(ui.device.sessionFailed);
      return;
    }
    session.setItem(MODE_CHANGED_KEY, next ? 'on' : 'off');
    location.reload();
  }

  async function forget() {
    if (framedByAnotherSite(window)) {
      setConfirming(false);
      setMessage(ui.frame.refused);
      return;
    }
    const base = import.meta.env.BASE_URL;
    tellOtherTabsToForget(browserStorage('localStorage'));
    const result = await forgetEverything({
      storages: [browserStorage('localStorage'), browserStorage('sessionStorage')],
      caches: 'caches' in window ? caches : undefined,
      serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
      base,
    });
    // After the storages are emptied: this tab alone remembers not to install the offline copy again.
    pauseOffline(browserStorage('sessionStorage'), base);
    location.assign(withBase(`/${forgottenQuery(result)}`));
  }

  return (
    <section aria-labelledby="device-heading">
      <h2 id="device-heading">{ui.device.heading}</h2>
      <p className="check-field">
        <input
          id={checkboxId}
          type="checkbox"
          checked={on}
          disabled={!hydrated}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <label htmlFor={checkboxId}>{ui.device.sessionLabel}</label>
      </p>
      <p>{on ? ui.device.sessionOnHelp : ui.device.sessionOffHelp}</p>
      {confirming ? (
        <ConfirmPanel
          heading={ui.device.forgetHeading}
          text={ui.device.forgetText}
          confirmLabel={ui.device.forgetConfirm}
          onConfirm={() => void forget()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <p>
          <button type="button" className="button secondary" disabled={!hydrated} onClick={() => setConfirming(true)}>
            {ui.device.forget}
          </button>
        </p>
      )}
      <p role="status" className="form-message">
        {message}
      </p>
    </section>
  );
}
