/**
 * `client:active`: a whole-page tool (room mode, the session planner) that hydrates at the first sign of
 * a person using the page (a pointer moving or pressing, a touch, a wheel, a key, focus), not on load.
 * The page paints and reads with no framework code; the tool is usually awake before a deliberate press
 * lands. It wakes on load, as before, when it has something to restore the server could not draw: a
 * plan in the address, or this tab's kept session (the sessionStorage key given as the directive's value).
 * The decisions are in src/lib/islands/first-use.ts.
 *
 * Nothing done before it is awake is lost:
 * - A press on one of its controls (even one drawn disabled until it works: browsers still report the
 *   pointer press) is held, and played once the control works: clicked, or focused for a text field.
 * - A presenter key (next, back, timer, blank) is held, and played once the island listens for keys
 *   anywhere on the page (it says so with PAGE_KEYS_READY), so a clicker's first "next" moves the room.
 * A room activity's props carry only ids: its quiz or role-play is in the module's exercises file, whose
 * address is on the status element right after the island (as for `client:touch`), fetched here before
 * hydrating. If that file, the page's strings file (src/lib/i18n/page-strings.ts) or the tool's code
 * cannot load, the status element says so, and the next sign of the person (or the connection coming
 * back) tries again.
 */
import type { ClientDirective } from 'astro';
import { preloadExercises } from '../src/lib/exercises/preload';
import { exerciseStatusAfter } from '../src/lib/exercises/wake';
import { ensurePageStrings } from '../src/lib/i18n/page-strings';
import {
  PAGE_KEYS_ATTRIBUTE,
  PAGE_KEYS_READY,
  PRESENCE_EVENTS,
  heldControl,
  isHeldPageKey,
  replayOf,
  restoresAtOnce,
} from '../src/lib/islands/first-use';

/** How long a held press or key waits for the tool to work before it is let go. */
const PATIENCE_MS = 5000;

const hasKept = (key: string) => {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false; // storage refused: nothing kept to restore
  }
};

const active: ClientDirective = (load, options, island) => {
  const takesPageKeys = island.querySelector(`[${PAGE_KEYS_ATTRIBUTE}]`) !== null;
  const heldKeys: KeyboardEvent[] = [];
  let pressedOn: HTMLElement | undefined;
  let held: HTMLElement | undefined;
  let waking = false;

  const holdKey = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (!takesPageKeys || !isHeldPageKey(event, target)) return;
    event.preventDefault();
    event.stopImmediatePropagation(); // which also keeps it from the presence listener: wake here
    heldKeys.push(event);
    wake();
  };
  const notePress = (event: Event) => {
    pressedOn = heldControl(event.target, island);
  };
  // A press and release on the same control is a press meant for it (not a scroll that began there).
  const noteRelease = (event: Event) => {
    const control = heldControl(event.target, island);
    if (control && control === pressedOn) held = control;
    pressedOn = undefined;
  };
  // A click on a control that is not working yet would half-happen (a box ticked behind the island's back).
  const holdClick = (event: Event) => {
    const control = heldControl(event.target, island);
    if (!control) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = control;
  };

  const holding: [string, EventListener][] = [
    ['pointerdown', notePress],
    ['pointerup', noteRelease],
    ['click', holdClick],
  ];
  for (const [name, listener] of holding) window.addEventListener(name, listener, true);
  window.addEventListener('keydown', holdKey, true);

  const listenForPresence = (on: boolean) => {
    for (const name of PRESENCE_EVENTS) {
      if (on) window.addEventListener(name, wake, { capture: true, passive: true });
      else window.removeEventListener(name, wake, { capture: true });
    }
  };

  function wake() {
    if (waking) return;
    waking = true;
    listenForPresence(false);
    void (async () => {
      let hydrate: Awaited<ReturnType<typeof load>>;
      // The status line is looked for now, once the page has been read, not at the start (as in touch-directive.ts).
      let status: HTMLElement | undefined;
      try {
        // The strings file is deferred: once it is here, the page has been read, status line and all.
        await ensurePageStrings();
        status = exerciseStatusAfter(island);
        if (status?.dataset.exercises) await preloadExercises(status.dataset.exercises);
        hydrate = await load();
      } catch {
        // Offline or a failed request: said plainly; the next sign of the person, or the connection coming back, tries again.
        status = exerciseStatusAfter(island);
        if (status) status.textContent = status.dataset.unavailable ?? '';
        // Keys are let go (the message asks for the press again, and two "next"s would move twice); a
        // held press on a control stays, replaced by any newer one.
        heldKeys.length = 0;
        waking = false;
        listenForPresence(true);
        window.addEventListener('online', wake, { once: true });
        return;
      }
      if (status) status.textContent = '';
      // Listen before hydrating: the island says it is listening from its first effects.
      if (takesPageKeys) whenListening(playKeys);
      else window.removeEventListener('keydown', holdKey, true);
      await hydrate();
      for (const [name, listener] of holding) window.removeEventListener(name, listener, true);
      playPress();
    })();
  }

  // Clicked or focused once the control works (the tools enable theirs when hydrated).
  function playPress() {
    const control = held;
    held = undefined;
    if (!control) return;
    const started = performance.now();
    const attempt = () => {
      if (!control.isConnected) return;
      if ((control as HTMLButtonElement).disabled) {
        if (performance.now() - started < PATIENCE_MS) requestAnimationFrame(attempt);
        return;
      }
      if (replayOf(control) === 'click') control.click();
      else control.focus();
    };
    requestAnimationFrame(attempt);
  }

  function whenListening(then: () => void) {
    const timeout = setTimeout(then, PATIENCE_MS);
    document.addEventListener(
      PAGE_KEYS_READY,
      () => {
        clearTimeout(timeout);
        // The island says so from inside its effects: play the keys once React has finished that commit.
        setTimeout(then, 0);
      },
      { once: true },
    );
  }

  // One key per task, so each sees the room the one before it left (two early "next" presses move twice).
  function playKeys() {
    window.removeEventListener('keydown', holdKey, true);
    const key = heldKeys.shift();
    if (!key) return;
    const { key: name, code, shiftKey, altKey, ctrlKey, metaKey } = key;
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: name, code, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true }),
    );
    if (heldKeys.length > 0) setTimeout(playKeys, 0);
  }

  const kept = typeof options.value === 'string' ? options.value : undefined;
  if (restoresAtOnce(window.location.search, kept, hasKept)) wake();
  else listenForPresence(true);
};

export default active;
