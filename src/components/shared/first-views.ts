/**
 * What an exercise island draws first, without carrying it in its props (which Astro writes into the
 * page as JSON, repeating what the server-rendered HTML already says: issue #18). On the server,
 * Quiz.astro and RolePlay.astro provide each first view before rendering the island; in the browser,
 * the same view is worked out from the module's exercises file, which the `client:touch` directive
 * fetched before hydrating, so the hydrated render matches the server's HTML.
 */
import { quizFirstView, rolePlayOpening, type QuizView, type RolePlayOpening } from '../../lib/exercises/first-view';
import { loadedExercises } from './use-exercises';
import { currentLanguage } from '../../lib/i18n/language';

/**
 * Filled on the server only, while pages render (several at once: astro.config.mjs). Each key names the
 * language being rendered and the data file, so a page never draws what another provided.
 */
const provided = new Map<string, QuizView | RolePlayOpening>();
/** Worked out once per island in the browser, so each render gets the same object. */
const derived = new Map<string, QuizView | RolePlayOpening>();

const key = (source: string, id: string) => `${currentLanguage()}:${source}#${id}`;

/** Server side: the first view an island with this id and exercises file will draw. */
export function provideFirstView(source: string, id: string, view: QuizView | RolePlayOpening): void {
  provided.set(key(source, id), view);
}

function firstView<View extends QuizView | RolePlayOpening>(source: string, id: string, derive: () => View | undefined): View {
  const at = key(source, id);
  const view = (provided.get(at) ?? derived.get(at) ?? derive()) as View | undefined;
  if (!view) throw new Error(`${id}: no first view (the exercises file ${source} should be loaded before the island hydrates)`);
  derived.set(at, view);
  return view;
}

/** A quiz's questions and options, as quizFirstView gives them. */
export function quizView(source: string, id: string): QuizView {
  return firstView(source, id, () => {
    const quiz = loadedExercises(source)?.quizzes[id];
    return quiz && quizFirstView(quiz);
  });
}

/** How a role-play opens, as rolePlayOpening gives it. */
export function rolePlayOpeningOf(source: string, id: string): RolePlayOpening {
  return firstView(source, id, () => {
    const roleplay = loadedExercises(source)?.roleplays[id];
    return roleplay && rolePlayOpening(roleplay.script);
  });
}
