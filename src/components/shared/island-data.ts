/**
 * The data a whole-page tool draws (the planner's modules, a planned session's content), without
 * carrying it in the island's props: Astro writes props into the page as JSON, and they were more than
 * half of these pages' HTML (issue #18). The data is a JSON file of its own, beside the page. On the
 * server, the page provides it before rendering the island; in the browser, the `client:active`
 * directive fetches it before hydrating (src/lib/exercises/preload.ts keeps it), so the hydrated render
 * matches the server's HTML. Its address is on the status element after the island
 * (mdx/ExerciseStatus.astro), which says so if the file cannot load.
 */
import { preloaded } from '../../lib/exercises/preload';
import { currentLanguage } from '../../lib/i18n/language';

/**
 * Filled on the server only, while pages render (several at once: astro.config.mjs). Each key names the
 * language being rendered and the data file, so a page never draws what another provided.
 */
const provided = new Map<string, unknown>();
const key = (source: string) => `${currentLanguage()}:${source}`;

/** Server side: what the island reading `source` draws. */
export function provideIslandData(source: string, data: unknown): void {
  provided.set(key(source), data);
}

/** The data at `source`: provided on the server, fetched before hydrating in the browser. */
export function islandData<T>(source: string): T {
  const data = provided.get(key(source)) ?? preloaded(source);
  if (data === undefined) throw new Error(`${source}: not loaded (the directive fetches it before the island hydrates)`);
  return data as T;
}
