import { useEffect, useId, useImperativeHandle, useState, type Ref } from 'react';
import { ui } from '../../lib/i18n';
import {
  changeLength,
  clockParts,
  createTimer,
  formatClock,
  isRunning,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  MAX_SECONDS,
  MIN_SECONDS,
  STEP_SECONDS,
} from '../../lib/room/timer';

interface Props {
  /** Length at the start, in seconds. */
  seconds: number;
  /** Changes when a new decision or question begins: the timer then goes back to full length. */
  resetKey: string;
  enabled: boolean;
  /** Lets the presenter's "T" key start and pause the timer, as its button does. */
  ref?: Ref<RoomTimerHandle>;
}

export interface RoomTimerHandle {
  /** Start, pause or resume, exactly as the timer's first button would (nothing when it is disabled). */
  toggle: () => void;
}

const t = ui.room.timer;
const spoken = (ms: number) => {
  const { minutes, seconds } = clockParts(ms);
  return t.spoken(minutes, seconds);
};

/**
 * A countdown for the room's discussion. The time is text (minutes:seconds) with its state in words,
 * never colour alone. It announces only what the trainer did and "time is up", never every second.
 */
export function RoomTimer({ seconds, resetKey, enabled, ref }: Props) {
  const [timer, setTimer] = useState(() => createTimer(seconds));
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const labelId = useId();
  const running = isRunning(timer);
  const left = remainingMs(timer, now);
  const up = isTimeUp(timer, now);

  // Tick four times a second while running, so the display never lags a whole second behind. When the
  // time runs out: stop, and say so once.
  useEffect(() => {
    if (!running) return;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      if (isTimeUp(timer, at)) {
        setTimer(pauseTimer(timer, at));
        setAnnouncement(t.upAnnounce);
      }
    };
    const interval = window.setInterval(tick, 250);
    return () => window.clearInterval(interval);
  }, [running, timer]);

  // A new decision starts with a fresh timer (not on the first render). A new length (a session's next
  // activity) starts a timer of that length; within one activity the trainer's own length is kept.
  const [last, setLast] = useState({ resetKey, seconds });
  if (last.resetKey !== resetKey || last.seconds !== seconds) {
    setLast({ resetKey, seconds });
    setTimer((current) => (last.seconds !== seconds ? createTimer(seconds) : resetTimer(current)));
    setAnnouncement('');
  }

  function toggle() {
    const at = Date.now();
    setNow(at);
    if (running) {
      setTimer(pauseTimer(timer, at));
      setAnnouncement(t.pausedAnnounce(spoken(remainingMs(timer, at))));
    } else {
      setTimer(startTimer(timer, at));
      setAnnouncement(t.startedAnnounce(spoken(remainingMs(timer, at))));
    }
  }

  const canToggle = enabled && !(up && !running);
  useImperativeHandle(ref, () => ({
    toggle: () => {
      if (canToggle) toggle();
    },
  }));

  function reset() {
    setTimer(resetTimer(timer));
    setAnnouncement(t.resetAnnounce(spoken(timer.durationMs)));
  }

  function lengthen(delta: number) {
    const next = changeLength(timer, delta);
    setTimer(next);
    setAnnouncement(t.lengthAnnounce(spoken(next.durationMs)));
  }

  const state = up ? t.up : running ? t.running : timer.usedMs > 0 ? t.paused : t.ready;
  const durationSeconds = timer.durationMs / 1000;
  return (
    <div className={`room-timer${up ? ' is-up' : ''}`} role="group" aria-labelledby={labelId}>
      <p className="room-timer-readout">
        <span id={labelId} className="room-timer-label">
          {t.label}
        </span>{' '}
        <span className="room-clock" role="timer" aria-label={t.timeLeft}>
          {formatClock(left)}
        </span>{' '}
        <span className="room-timer-state">{state}</span>
      </p>
      <p className="room-timer-buttons">
        <button type="button" className="button" onClick={toggle} disabled={!canToggle}>
          {running ? t.pause : timer.usedMs > 0 ? t.resume : t.start}
        </button>
        <button type="button" className="button secondary" onClick={reset} disabled={!enabled || (!running && timer.usedMs === 0)}>
          {t.reset}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => lengthen(-STEP_SECONDS)}
          disabled={!enabled || running || durationSeconds <= MIN_SECONDS}
        >
          −30 s<span className="visually-hidden"> ({t.shorter})</span>
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => lengthen(STEP_SECONDS)}
          disabled={!enabled || running || durationSeconds >= MAX_SECONDS}
        >
          +30 s<span className="visually-hidden"> ({t.longer})</span>
        </button>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
