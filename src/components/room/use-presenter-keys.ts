import { useEffect, useRef } from 'react';
import { PAGE_KEYS_READY } from '../../lib/islands/first-use';
import { focusKind, presenterAction, type PresenterAction } from '../../lib/room/keys';

/**
 * Listens for presenter-clicker keys anywhere on the page and calls the handler for the action (next,
 * back, the list of keys, the timer, a blank screen). Which keys count, and where they are left alone
 * (typing in a field, Space on a button), is decided in lib/room/keys.
 */
export function usePresenterKeys(handlers: Record<PresenterAction, () => void>, enabled: boolean): void {
  // The latest handlers, so the listener is added once but always sees the current room.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const kind = focusKind(
        target && { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable },
      );
      const action = presenterAction(event, kind);
      if (!action) return;
      event.preventDefault(); // no page scroll on Space or Page Down
      // A held key would race through the session; clickers send single presses.
      if (!event.repeat) latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    // Room pages wake at the first sign of a person (client:active), which holds a clicker's first keys until now.
    document.dispatchEvent(new Event(PAGE_KEYS_READY));
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
