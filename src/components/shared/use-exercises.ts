/**
 * A module's exercises in full (src/lib/exercises/module-exercises.ts), for the quiz and role-play
 * islands that start from a first view. Fetched once per page when the first island wakes; the
 * service worker serves the file offline.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { QuizData } from '../../content/schemas/quizzes';
import type { RoleplayData } from '../../content/schemas/roleplays';
import type { ModuleExercises } from '../../lib/exercises/module-exercises';

export type Exercises = ModuleExercises<QuizData, RoleplayData>;

const requests = new Map<string, Promise<Exercises>>();
const loaded = new Map<string, Exercises>();
const listeners = new Set<() => void>();

/** The exercises file at `source`, fetched once; a failed fetch is tried again next time it is asked for. */
export function loadExercises(source: string): Promise<Exercises> {
  let request = requests.get(source);
  if (!request) {
    request = fetch(source)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${source}: ${response.status}`);
        // Our own build's file, written from content validated at build time.
        const exercises = (await response.json()) as Exercises;
        loaded.set(source, exercises);
        for (const listener of listeners) listener();
        return exercises;
      })
      .catch((error: unknown) => {
        requests.delete(source);
        throw error;
      });
    requests.set(source, request);
  }
  return request;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The exercises, once loaded: undefined on the server, while hydrating (so the first render matches the
 * server's HTML) and until the file arrives. Starts loading as soon as the island is interactive.
 */
export function useExercises(source: string): Exercises | undefined {
  const exercises = useSyncExternalStore(
    subscribe,
    () => loaded.get(source),
    () => undefined,
  );
  useEffect(() => {
    loadExercises(source).catch(() => undefined); // said when the learner acts (see the islands)
  }, [source]);
  return exercises;
}
