/**
 * Presenter clickers send ArrowRight/ArrowLeft, PageDown/PageUp or Space, and many a "blank screen"
 * key that sends "." or "B". Room mode maps them to "next" and "back" anywhere on the page, plus
 * "?" for the list of keys, "T" for the timer and "B" or "." to blank the screen, except where the
 * key already means something: typing in a field (search box), moving within a select or radio
 * group, or Space pressing a focused button.
 */
export type PresenterAction = 'next' | 'back' | 'keys' | 'timer' | 'blank';

/** The keys room mode lists on screen (their labels are interface strings, in lib/i18n). */
export type KeyName = 'ArrowRight' | 'PageDown' | 'Space' | 'ArrowLeft' | 'PageUp' | 'ShiftSpace' | 'T' | 'B' | 'Period' | 'Question';

/** The list of keys shown on request, in order: which action, and the keys that do it. */
export const PRESENTER_KEYS: readonly { action: PresenterAction; keys: readonly KeyName[] }[] = [
  { action: 'next', keys: ['ArrowRight', 'PageDown', 'Space'] },
  { action: 'back', keys: ['ArrowLeft', 'PageUp', 'ShiftSpace'] },
  { action: 'timer', keys: ['T'] },
  { action: 'blank', keys: ['B', 'Period'] },
  { action: 'keys', keys: ['Question'] },
];

/** What has focus, as far as key handling is concerned. */
export type FocusKind =
  /** A text field, select, radio, contenteditable: its keys are its own. */
  | 'field'
  /** A button, link or summary: Space and Enter press it; arrows and Page keys do nothing there. */
  | 'activator'
  /** The page, a heading or other text. */
  | 'other';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export function presenterAction(press: KeyPress, focus: FocusKind): PresenterAction | null {
  // Browser and screen-reader shortcuts use modifiers (Alt+ArrowLeft is "go back a page"): leave them alone.
  if (press.altKey || press.ctrlKey || press.metaKey || focus === 'field') return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case ' ':
    case 'Spacebar':
      if (focus === 'activator') return null;
      return press.shiftKey ? 'back' : 'next';
    case '?':
      return 'keys';
    case 't':
    case 'T':
      return 'timer';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

/** The input types that behave like buttons: Space presses them, arrows are free. */
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'image']);

/** Classifies an element by its tag, input type and editability (the DOM reading stays in the island). */
export function focusKind(element: { tagName: string; type?: string; isContentEditable?: boolean } | null): FocusKind {
  if (!element) return 'other';
  if (element.isContentEditable) return 'field';
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return 'field';
  if (tag === 'input') return BUTTON_INPUTS.has((element.type ?? 'text').toLowerCase()) ? 'activator' : 'field';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'activator';
  return 'other';
}
