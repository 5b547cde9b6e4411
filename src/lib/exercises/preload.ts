/**
 * A module's exercises file (module-exercises.ts), fetched once per page and shared by everything that
 * reads it: the `client:touch` directive fetches it before an island hydrates (the island's props carry
 * only ids, so its first render is drawn from this file), and the islands read the same copy later.
 * The directive and the islands are separate bundles, so the copy is kept on the page's global object
 * under one symbol rather than in a module's own state.
 */

interface Shelf {
  requests: Map<string, Promise<unknown>>;
  loaded: Map<string, unknown>;
}

const SHELF = Symbol.for('alongside:exercises');

function shelf(): Shelf {
  const holder = globalThis as { [SHELF]?: Shelf };
  holder[SHELF] ??= { requests: new Map(), loaded: new Map() };
  return holder[SHELF];
}

/**
 * The file at `source`, fetched once; a request that fails is forgotten, so the next call tries again.
 * `fetcher` is the page's fetch (a parameter so Node tests can stand in for it).
 */
export function preloadExercises(source: string, fetcher: typeof fetch = fetch): Promise<unknown> {
  const { requests, loaded } = shelf();
  let request = requests.get(source);
  if (!request) {
    request = fetcher(source)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${source}: ${response.status}`);
        const exercises: unknown = await response.json();
        loaded.set(source, exercises);
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

/** The file at `source` if it has arrived, else undefined. */
export function preloaded(source: string): unknown {
  return shelf().loaded.get(source);
}
