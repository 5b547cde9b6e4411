/**
 * Which agenda items a trainer may trim. The facilitator guide marks each item core or optional, and
 * the planner offers the optional ones as trims when a session must be shorter. Two things are never
 * trimmed: the crisis module's content (every item of it is safety content), and anything that sets
 * out or practises the limits of confidentiality (group agreements with their safety exceptions, the
 * privacy talk). These checks keep a "two-hour version" from quietly dropping either.
 */

/** Modules in which every agenda item is core. */
export const ALWAYS_CORE_MODULES: readonly string[] = ['crisis-referral'];

/**
 * Words that mark an item as carrying the limits of confidentiality or the room's safety exceptions, in
 * English and in Spanish (the Spanish edition's agendas: "confidencialidad", "excepciones por seguridad",
 * "acuerdos del grupo", "aviso sobre el contenido").
 */
const CONFIDENTIALITY_WORDS =
  /confidential|safety exceptions|group agreements?|privacy agreement|privacy and its limits|content note|confidencial|excepciones (por|de) seguridad|acuerdos? (del|de|en el) grupo|acuerdos? de privacidad|privacidad y sus l[ií]mites|aviso (sobre el|del) contenido/i;

interface AgendaItemLike {
  id: string;
  activity: string;
  core: boolean;
  detail?: string | undefined;
}

/** "field: problem" for each optional item that must be core; [] when the agenda is fine. */
export function optionalItemProblems(moduleId: string, agenda: readonly AgendaItemLike[]): string[] {
  return agenda.flatMap((item, index) => {
    if (item.core) return [];
    const field = `facilitator.agenda.${index}.core`;
    if (ALWAYS_CORE_MODULES.includes(moduleId)) return [`${field}: "${item.id}" is safety content of ${moduleId}, which is never optional`];
    if (CONFIDENTIALITY_WORDS.test(`${item.activity} ${item.detail ?? ''}`))
      return [`${field}: "${item.id}" sets out the limits of confidentiality or the room's safety exceptions, which are never optional`];
    return [];
  });
}
