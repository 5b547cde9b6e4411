/**
 * A room activity's quiz or role-play, without carrying it in the island's props (Astro writes props
 * into the page as JSON: they were 60% of a room page's HTML, issue #18). On the server, the room page
 * provides the activity before rendering the island; in the browser it comes from the module's
 * exercises file (`/modules/<id>/exercises.json`, the one module pages use), which the `client:active`
 * directive fetches before hydrating, so the hydrated render matches the server's HTML.
 */
import type { QuizData } from '../../content/schemas/quizzes';
import type { RoleplayData } from '../../content/schemas/roleplays';
import type { ResourceRef } from '../shared/ResourceLinkList';
import { loadedExercises } from '../shared/use-exercises';
import { currentLanguage } from '../../lib/i18n/language';

export interface RoomRolePlayData {
  script: RoleplayData;
  resources: ResourceRef[];
}

/**
 * Filled on the server only, while pages render (several at once: astro.config.mjs). Each key names the
 * language being rendered and the data file, so a page never draws what another provided.
 */
const provided = new Map<string, QuizData | RoomRolePlayData>();
const key = (source: string, kind: 'quiz' | 'roleplay', id: string) => `${currentLanguage()}:${source}#${kind}:${id}`;

/** Server side: the quiz a room page's island with this id and exercises file draws. */
export function provideRoomQuiz(source: string, id: string, quiz: QuizData): void {
  provided.set(key(source, 'quiz', id), quiz);
}

/** Server side: the role-play (and its endings' resources) a room page's island draws. */
export function provideRoomRolePlay(source: string, id: string, roleplay: RoomRolePlayData): void {
  provided.set(key(source, 'roleplay', id), roleplay);
}

const missing = (id: string, source: string) =>
  new Error(`${id}: not in ${source} (the exercises file should be loaded before the room hydrates)`);

export function roomQuiz(source: string, id: string): QuizData {
  const quiz = (provided.get(key(source, 'quiz', id)) as QuizData | undefined) ?? loadedExercises(source)?.quizzes[id];
  if (!quiz) throw missing(id, source);
  return quiz;
}

export function roomRolePlay(source: string, id: string): RoomRolePlayData {
  const roleplay = (provided.get(key(source, 'roleplay', id)) as RoomRolePlayData | undefined) ?? loadedExercises(source)?.roleplays[id];
  if (!roleplay) throw missing(id, source);
  return roleplay;
}
