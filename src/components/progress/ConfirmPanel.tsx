import { useEffect, useRef } from 'react';
import { ui } from '../../lib/i18n';

interface Props {
  heading: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A second step before something that cannot be undone. Focus moves to its heading so it is read first. */
export function ConfirmPanel({ heading, text, confirmLabel, onConfirm, onCancel }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="confirm-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p>{text}</p>
      <p className="button-row">
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {ui.progress.cancel}
        </button>
      </p>
    </div>
  );
}
