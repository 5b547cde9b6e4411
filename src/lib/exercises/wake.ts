/**
 * Exercise islands wake (hydrate) at the first touch, focus or key press inside them
 * (integrations/touch-directive.ts), so a module page runs no framework code until someone uses an
 * exercise. Two things wake them sooner: saved progress to show, and a notice about storage.
 */
import type { Progress } from '../progress/shape';

/** The events that mean someone has started to use an exercise. */
export const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const;
/** Sent to an island's element to wake it without a touch. */
export const WAKE_SIGNAL = 'alongside:wake';

/** An exercise as its island marks it: `data-exercise="quiz:<id>"` or `"roleplay:<id>"`. */
export function parseExercise(mark: string): { kind: 'quiz' | 'roleplay'; id: string } | undefined {
  const match = /^(quiz|roleplay):(.+)$/.exec(mark);
  return match ? { kind: match[1] as 'quiz' | 'roleplay', id: match[2]! } : undefined;
}

/** True when the saved progress shows something the first view does not: answers, a score, a reply played. */
export function hasSavedState(progress: Progress, mark: string): boolean {
  const exercise = parseExercise(mark);
  if (!exercise) return false;
  if (exercise.kind === 'quiz') {
    const quiz = progress.quizzes[exercise.id];
    return quiz !== undefined && (Object.keys(quiz.answers).length > 0 || quiz.bestScore !== undefined);
  }
  return (progress.roleplays[exercise.id]?.current?.steps.length ?? 0) > 0;
}

/**
 * The button a press made before the island woke was aimed at, to press again once it is awake. Only
 * buttons: a tick in a quiz form stays ticked by itself, and the island adopts it (lib/quiz/session.ts).
 */
export function heldButton(target: EventTarget | null, island: { contains: (node: Node) => boolean }): HTMLButtonElement | undefined {
  const closest = (target as Element | null)?.closest?.('button');
  return closest && island.contains(closest) && !closest.disabled ? closest : undefined;
}

/**
 * The status element right after an island (mdx/ExerciseStatus.astro): it holds the address of the
 * module's exercises file the island reads (`data-exercises`), and says when that file cannot load.
 */
export function exerciseStatusAfter(island: { nextElementSibling: Element | null }): HTMLElement | undefined {
  // Islands and their status lines are HTML elements (never SVG), so the sibling has a dataset.
  const next = island.nextElementSibling as HTMLElement | null;
  return next?.dataset.exercises !== undefined ? next : undefined;
}
