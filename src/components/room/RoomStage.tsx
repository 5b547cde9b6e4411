import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ui } from '../../lib/i18n';
import { RoomTimer } from './RoomTimer';
import { useBrowserValue } from '../shared/use-hydrated';

/** What changes from screen to screen: the island works it out from the room's view. */
export interface RoomFrame {
  /** Identifies the screen, so assistive technology and styles can tell screens apart. */
  screen: string;
  /** "Decision 2", "Question 3 of 8": where the room is, shown above the screen. */
  stepLabel: string;
  /** Changes when a new decision or question begins, which resets the timer. */
  timerKey: string;
  canBack: boolean;
  /** Undefined on the last screen, where there is nowhere further to go. */
  nextLabel: string | undefined;
}

/** What the room controller provides (use-room-controller.ts). */
export interface RoomControls {
  timerSeconds: number;
  hydrated: boolean;
  resumed: boolean;
  onBack: () => void;
  onNext: () => void;
  /** Said politely to screen readers when the screen changes. */
  announcement: string;
  /** A visible message about the last key press or button (e.g. "pick the room's choice first"). */
  warning: string;
}

interface Props extends RoomFrame, RoomControls {
  /** The current screen. Its first heading takes focus after each move. */
  children: ReactNode;
}

/** The projector frame shared by room role-plays and quizzes: step, timer, full screen, the screen, Back/Next. */
export function RoomStage(props: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const canFullScreen = useBrowserValue(() => document.fullscreenEnabled === true, false);
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const follow = () => setFullScreen(document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);

  function toggleFullScreen() {
    // Failing to enter full screen (a browser setting) leaves the page as it is: nothing to recover.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void stage.current?.requestFullscreen().catch(() => {});
  }

  return (
    <div className="room-stage" ref={stage} data-screen={props.screen}>
      <div className="room-toolbar">
        <p className="room-step-label">{props.stepLabel}</p>
        <RoomTimer seconds={props.timerSeconds} resetKey={props.timerKey} enabled={props.hydrated} />
        {canFullScreen && (
          <button type="button" className="button secondary room-fullscreen" onClick={toggleFullScreen}>
            {fullScreen ? ui.room.leaveFullScreen : ui.room.fullScreen}
          </button>
        )}
      </div>
      {props.resumed && <p className="room-note">{ui.room.resumed}</p>}
      {!props.hydrated && <p className="room-note">{ui.room.readyHint}</p>}

      <div className="room-screen">{props.children}</div>

      {props.warning && <p className="room-warning">{props.warning}</p>}
      <div className="room-nav">
        <button type="button" className="button secondary" onClick={props.onBack} disabled={!props.hydrated || !props.canBack}>
          <span aria-hidden="true">← </span>
          {ui.room.back}
        </button>
        {props.nextLabel && (
          <button type="button" className="button room-next" onClick={props.onNext} disabled={!props.hydrated}>
            {props.nextLabel}
            <span aria-hidden="true"> →</span>
          </button>
        )}
      </div>
      <p className="room-keys-hint">{ui.room.keysHint}</p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {props.announcement}
      </p>
    </div>
  );
}
