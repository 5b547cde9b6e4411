/**
 * Whole-page tools (room mode, the session planner) wake (hydrate) when someone starts to use the page
 * (integrations/active-directive.ts), not on load, so the page paints and reads with no framework code
 * and a visit that only looks costs about 8 KB of script instead of about 90. The decisions the
 * directive makes live here, where they can be tested without a browser.
 */
import { focusKind, presenterAction, type KeyPress } from '../room/keys';

/**
 * The first signs of a person on the page: a pointer moving or pressing, a touch, a wheel, a key, or
 * focus arriving. Any of them starts loading the tool, usually well before a deliberate press lands.
 */
export const PRESENCE_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

/** Sent on the document by an island once it listens for keys anywhere on the page (room mode's presenter keys). */
export const PAGE_KEYS_READY = 'alongside:page-keys-ready';

/** Marks, in the server's HTML, an island that answers keys anywhere on the page. */
export const PAGE_KEYS_ATTRIBUTE = 'data-page-keys';

/**
 * True when the tool has something to show at once that the server could not draw: a plan or session in
 * the address (the planner and a planned session keep theirs there), or what this tab kept of a room
 * activity (its sessionStorage key, the directive's value). Then it wakes on load, as before.
 */
export function restoresAtOnce(search: string, kept: string | undefined, hasKept: (key: string) => boolean): boolean {
  return search.replace(/^\?/, '') !== '' || (kept !== undefined && kept !== '' && hasKept(kept));
}

/**
 * A key pressed before the island listens that it would have answered: a presenter key (next, back,
 * timer, blank, keys), and not one the focused element owns (typing in a field, Space on a button). It
 * is held, and played again once the island listens, so a clicker's first "next" moves the room.
 */
export function isHeldPageKey(press: KeyPress & { repeat?: boolean }, focused: Parameters<typeof focusKind>[0]): boolean {
  return !press.repeat && presenterAction(press, focusKind(focused)) !== null;
}

/** The controls a press before waking is kept for: pressed again (or, for a text field, focused) once the island works. */
const HELD_CONTROLS = 'button, input, select, textarea, summary';

/**
 * The control a press was aimed at, inside the island. Disabled controls count: the tools draw theirs
 * disabled until they work, and a browser still reports pointer presses on them (never a click), so the
 * press is kept and played once the control is enabled.
 */
export function heldControl(target: EventTarget | null, island: { contains: (node: Node) => boolean }): HTMLElement | undefined {
  const control = (target as Element | null)?.closest?.(HELD_CONTROLS);
  return control instanceof HTMLElement && island.contains(control) ? control : undefined;
}

const CLICKED_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image']);

/**
 * How a held press is played: a button, box or radio is clicked (through the island's own handlers); a
 * text field, number, date or select is focused, since a click would do nothing the person meant.
 */
export function replayOf(control: { tagName: string; type?: string }): 'click' | 'focus' {
  const tag = control.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return 'focus';
  if (tag === 'input') return CLICKED_INPUTS.has((control.type ?? 'text').toLowerCase()) ? 'click' : 'focus';
  return 'click';
}
