import { useRef, useState } from 'react';
import { ui } from '../../lib/i18n';

/**
 * The plan's link, a button to copy it and one to print. Copying uses the clipboard API; where a browser
 * refuses (no API, no permission, an insecure page), the link field is focused and selected instead,
 * so the person copies it with the keyboard. The field is always there, so nobody depends on either.
 */
export function PlannerShare({ url, enabled, canPrint }: { url: string; enabled: boolean; canPrint: boolean }) {
  const [message, setMessage] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // "Link copied" is about the link as it was: once the plan changes, the message would mislead.
  const [messageUrl, setMessageUrl] = useState(url);
  if (messageUrl !== url) {
    setMessageUrl(url);
    setMessage('');
  }

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setMessage(ui.planner.copied);
    } catch {
      field.current?.focus();
      field.current?.select();
      setMessage(ui.planner.copyFallback);
    }
  }

  return (
    <section className="planner-share" aria-labelledby="planner-share-heading">
      <h2 id="planner-share-heading">{ui.planner.shareHeading}</h2>
      <div className="planner-field planner-link">
        <label htmlFor="planner-link">{ui.planner.linkLabel}</label>
        <input
          id="planner-link"
          ref={field}
          type="text"
          readOnly
          value={url}
          disabled={!enabled}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p className="button-row">
        <button type="button" className="button" disabled={!enabled} onClick={() => void copy()}>
          {ui.planner.copy}
        </button>
        <button type="button" className="button secondary" disabled={!enabled || !canPrint} onClick={() => window.print()}>
          {ui.planner.print}
        </button>
      </p>
      <p role="status" className="form-message">
        {message}
      </p>
    </section>
  );
}
