import type { OptionMark } from '../../lib/quiz/score';

/** The sign shown (to sighted readers only; the words beside it say the same) for how an option is marked. */
export const MARK_ICONS: Record<OptionMark, string> = {
  'chosen-correct': '✓',
  'chosen-wrong': '✗',
  'missed-correct': '✓',
  'the-answer': '✓',
  'not-chosen': '•',
};
