/**
 * A module's exercises in full (src/lib/exercises/module-exercises.ts), for the quiz and role-play
 * islands. The `client:touch` directive fetches the file before an island hydrates
 * (src/lib/exercises/preload.ts); the islands read the same copy. The service worker serves the file
 * offline.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import type { RoleplayData } from '../../content/schemas/roleplays';
import type { ModuleExercises } from '../../lib/exercises/module-exercises';
import { preloadExercises, preloaded } from '../../lib/exercises/preload';

export type Exercises = ModuleExercises<QuizData, RoleplayData>;

const listeners = new Set<() => void>();

/** The exercises file at `source`, fetched once; a failed fetch is tried again next time it is asked for. */
export async function loadExercises(source: string): Promise<Exercises> {
  // Our own build's file, written from content validated at build time.
  const exercises = (await preloadExercises(source)) as Exercises;
  for (const listener of listeners) listener();
  return exercises;
}

/** The file if it is already on the page (the directive fetches it before hydrating), else undefined. */
export function loadedExercises(source: string): Exercises | undefined {
  return preloaded(source) as Exercises | undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The exercises, for what the first view does not show (checking, later steps, saved progress):
 * undefined on the server and while hydrating (so the first render matches the server's HTML), then
 * the file. Starts loading as soon as the island is interactive, if it is not here already.
 */
export function useExercises(source: string): Exercises | undefined {
  const exercises = useSyncExternalStore(
    subscribe,
    () => loadedExercises(source),
    () => undefined,
  );
  useEffect(() => {
    loadExercises(source).catch(() => undefined); // said when the learner acts (see the islands)
  }, [source]);
  return exercises;
}
