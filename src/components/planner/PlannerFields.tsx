import { useState } from 'react';
import { clockValue, isIsoDate, parseClock, parseMinutes } from '../../lib/planner/plan';
import { ui } from '../../lib/i18n';

interface MinutesProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  hint?: string;
  enabled: boolean;
  onChange: (minutes: number) => void;
}

/**
 * A whole-minutes field that lets a person clear it and type freely: what they type is kept as a draft,
 * and the plan changes only when the draft is a valid number. Until then the field says what it needs.
 */
export function MinutesField({ id, label, value, min, max, hint, enabled, onChange }: MinutesProps) {
  const [draft, setDraft] = useState(String(value));
  const valid = parseMinutes(draft, min, max) !== undefined;
  // A change from elsewhere (a link that was opened) replaces the draft, unless the draft already says it.
  const [seen, setSeen] = useState({ value, min, max });
  if (seen.value !== value || seen.min !== min || seen.max !== max) {
    setSeen({ value, min, max });
    if (parseMinutes(draft, min, max) !== value) setDraft(String(value));
  }
  const describedBy = [hint ? `${id}-hint` : '', valid ? '' : `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="planner-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="planner-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        disabled={!enabled}
        aria-invalid={valid ? undefined : true}
        aria-describedby={describedBy}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const minutes = parseMinutes(event.currentTarget.value, min, max);
          if (minutes !== undefined) onChange(minutes);
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="planner-error">
          {ui.planner.breakError(min, max)}
        </span>
      )}
    </div>
  );
}

/** The start time, with the same draft rule: an incomplete time keeps the last one that worked. */
export function StartField({ value, enabled, onChange }: { value: number; enabled: boolean; onChange: (minutes: number) => void }) {
  const [draft, setDraft] = useState(clockValue(value));
  const valid = parseClock(draft) !== undefined;
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parseClock(draft) !== value) setDraft(clockValue(value));
  }
  return (
    <div className="planner-field">
      <label htmlFor="planner-start">{ui.planner.startLabel}</label>
      <input
        id="planner-start"
        type="time"
        value={draft}
        disabled={!enabled}
        required
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : 'planner-start-error'}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const minutes = parseClock(event.currentTarget.value);
          if (minutes !== undefined) onChange(minutes);
        }}
      />
      {!valid && (
        <span id="planner-start-error" className="planner-error">
          {ui.planner.startError}
        </span>
      )}
    </div>
  );
}

/**
 * An optional date. While someone types a year digit by digit the input reports dates like 0002-11-25,
 * so this keeps a draft too and only a real date (or an empty field, meaning no date) reaches the plan.
 */
export function DateField({
  value,
  enabled,
  onChange,
}: {
  value: string | undefined;
  enabled: boolean;
  onChange: (date: string | undefined) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    // A half-typed date stays; a real one (or an empty field) that differs gives way to the new value.
    if (draft !== (value ?? '') && (isIsoDate(draft) || draft === '')) setDraft(value ?? '');
  }
  return (
    <div className="planner-field">
      <label htmlFor="planner-date">{ui.planner.dateLabel}</label>
      <input
        id="planner-date"
        type="date"
        value={draft}
        disabled={!enabled}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          if (text === '') onChange(undefined);
          else if (isIsoDate(text)) onChange(text);
        }}
      />
    </div>
  );
}

/** Target lengths a trainer usually plans to; a link may carry any other, which is then offered too. */
const TARGETS = [60, 90, 120, 150, 180, 240, 300, 360, 420, 480];

/** The session's target length, or none: a choice of common lengths, so "two hours" is one pick. */
export function TargetField({
  value,
  enabled,
  onChange,
}: {
  value: number | undefined;
  enabled: boolean;
  onChange: (minutes: number | undefined) => void;
}) {
  const options = value === undefined || TARGETS.includes(value) ? TARGETS : [...TARGETS, value].sort((a, b) => a - b);
  return (
    <div className="planner-field">
      <label htmlFor="planner-target">{ui.planner.targetLabel}</label>
      <select
        id="planner-target"
        value={value ?? ''}
        disabled={!enabled}
        onChange={(event) => onChange(event.currentTarget.value === '' ? undefined : Number(event.currentTarget.value))}
      >
        <option value="">{ui.planner.noTarget}</option>
        {options.map((minutes) => (
          <option key={minutes} value={minutes}>
            {ui.planner.duration(minutes)}
          </option>
        ))}
      </select>
    </div>
  );
}
