import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ui } from '../../lib/i18n';
import { PAGE_KEYS_ATTRIBUTE } from '../../lib/islands/first-use';
import type { Density } from '../../lib/room/paging';
import { RoomBlank } from './RoomBlank';
import { RoomKeys } from './RoomKeys';
import { RoomTimer, type RoomTimerHandle } from './RoomTimer';
import { useBrowserValue } from '../shared/use-hydrated';
import { usePresenterKeys } from './use-presenter-keys';

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
  /** How tightly the screen sets its text, so that it fits one screen (decided in lib/room/paging). */
  density: Density;
  /** What to do on this screen, shown between Back and Next (where a warning replaces it). */
  hint?: string | undefined;
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
  /** The page of a long screen that is showing (from 0), and how many it has. */
  page: number;
  pages: number;
}

interface Props extends RoomFrame, RoomControls {
  /** The current screen. Its first heading takes focus after each move. */
  children: ReactNode;
}

/**
 * The projector frame shared by room role-plays and quizzes: step, timer, keys, full screen, the
 * screen, Back/Next. On a screen the size of a projector or a shared window it fills the window
 * exactly (room.css), so nothing scrolls; long screens come in pages instead.
 */
export function RoomStage(props: Props) {
  const stage = useRef<HTMLDivElement>(null);
  const timer = useRef<RoomTimerHandle>(null);
  const canFullScreen = useBrowserValue(() => document.fullscreenEnabled === true, false);
  const [fullScreen, setFullScreen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const [blank, setBlank] = useState(false);

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

  // On a blank screen every key brings the screen back first, so a stray press never moves the room on unseen.
  const unblank = () => setBlank(false);
  usePresenterKeys(
    {
      next: blank ? unblank : props.onNext,
      back: blank ? unblank : props.onBack,
      keys: () => setKeysOpen((open) => !open),
      timer: () => timer.current?.toggle(),
      blank: () => setBlank((blanked) => !blanked),
    },
    props.hydrated,
  );

  const paged = props.pages > 1;
  return (
    <div className="room-stage" ref={stage} data-screen={props.screen} {...{ [PAGE_KEYS_ATTRIBUTE]: '' }}>
      <div className="room-toolbar">
        <p className="room-step-label">
          {props.stepLabel}
          {paged && <span className="room-page-count"> · {ui.room.pageOf(props.page + 1, props.pages)}</span>}
        </p>
        <RoomTimer ref={timer} seconds={props.timerSeconds} resetKey={props.timerKey} enabled={props.hydrated} />
        <div className="room-toolbar-buttons">
          <RoomKeys open={keysOpen} onOpenChange={setKeysOpen} />
          {canFullScreen && (
            <button type="button" className="button secondary room-fullscreen" onClick={toggleFullScreen}>
              {fullScreen ? ui.room.leaveFullScreen : ui.room.fullScreen}
            </button>
          )}
        </div>
      </div>
      {props.resumed && <p className="room-note">{ui.room.resumed}</p>}
      {!props.hydrated && <p className="room-note">{ui.room.readyHint}</p>}

      <div className="room-screen" data-density={props.density} data-page={paged ? props.page + 1 : undefined}>
        {props.children}
      </div>

      <div className="room-nav">
        <button type="button" className="button secondary" onClick={props.onBack} disabled={!props.hydrated || !props.canBack}>
          <span aria-hidden="true">← </span>
          {ui.room.back}
        </button>
        {props.warning ? <p className="room-warning">{props.warning}</p> : props.hint && <p className="room-hint">{props.hint}</p>}
        {props.nextLabel && (
          <button type="button" className="button room-next" onClick={props.onNext} disabled={!props.hydrated}>
            {props.nextLabel}
            <span aria-hidden="true"> →</span>
          </button>
        )}
      </div>
      {blank && <RoomBlank onShow={unblank} />}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {props.announcement}
      </p>
    </div>
  );
}
