/**
 * Safety rules about wording that apply to any content text (module paragraphs, quiz fields,
 * role-play lines). docs/safety-rubric.md gives the reasons; the content tests apply these to every file,
 * in both editions: each pattern has its Spanish words beside the English ones (issue #20). Spanish
 * patterns mark a word's edges with `\p{L}` under the `u` flag, because `\b` knows only ASCII letters.
 */

/** A Spanish pattern whose alternatives are whole words (a word's start, where it ends in `\p{L}*`). */
const spanish = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
/** True if the English or the Spanish pattern matches. */
const either = (en: RegExp, es: RegExp) => (text: string) => en.test(text) || es.test(text);

/**
 * Words that set up a list of exceptions to privacy ("it stays between us, except…"; "queda entre nosotros,
 * salvo que…"). Not "a salvo" (safe).
 */
const exceptionIntro = either(
  /\bexceptions?\b|\bunless\b|\bstays? (between us|with me)\b/i,
  spanish(
    'excepci[oó]n(?:es)?|excepto|a\\s+menos\\s+que|salvo\\s+(?:que|si|cuando|en|por)|(?:se\\s+)?queda(?:n)?\\s+(?:entre\\s+(?:nosotros|nosotras|tú\\s+y\\s+yo)|conmigo)',
  ),
);
/** Words about keeping things private. */
const privacyWords = either(
  /\b(privacy|private|confidential|between us|with me|tell anyone)\b/i,
  spanish(
    'privad[oa]s?|privacidad|confidencial\\p{L}*|en\\s+secreto|entre\\s+(?:nosotros|nosotras|tú\\s+y\\s+yo)|conmigo|' +
      '(?:decir(?:le|selo)?|contar(?:le|selo)?|dec[ií]rselo|cont[aá]rselo)\\s+a\\s+nadie',
  ),
);
/** Words that name confidentiality's limits as a topic. */
const limitsTopic = either(
  /\blimits? (of|to) (your |my )?(confidentiality|privacy)\b|\b(usual|common|main) limits\b/i,
  spanish(
    'l[ií]mites?\\s+(?:de|a)\\s+(?:la\\s+|tu\\s+|mi\\s+)?(?:confidencialidad|privacidad)|l[ií]mites\\s+(?:habituales|principales|comunes)',
  ),
);
/** The kinds of limit. */
const limitKinds = [
  either(/\bdanger\b/i, spanish('peligro')),
  either(/\bchild\b/i, spanish('niñ[oa]s?|menor(?:es)?\\s+de\\s+edad')),
  either(/\bvulnerable adult\b/i, spanish('adult[oa]s?\\s+vulnerables?')),
  either(/\bsupervisor\b/i, spanish('supervisor(?:a|es|as)?')),
  either(/\bemergenc/i, spanish('emergencias?')),
  either(/\bhurt (someone|another|a named)\b/i, spanish('(?:hacer(?:le)?\\s+daño|lastimar)\\s+a\\s+(?:alguien|otra\\s+persona|otr[oa]s?)')),
];

/**
 * True if the text states the limits of confidentiality in its own words: privacy "with exceptions"
 * followed by any kind of limit, or the limits as a topic with four or more kinds listed. Such a
 * statement must come from src/content/safety/confidentiality.ts instead (a component in MDX, `{{…}}`
 * in YAML), so the limits are the same wherever they are taught. Naming one limit in passing ("a threat
 * is a limit of confidentiality") is not a statement of them all.
 */
export function statesConfidentialityLimits(text: string): boolean {
  const kinds = limitKinds.filter((kind) => kind(text)).length;
  return (exceptionIntro(text) && privacyWords(text) && kinds >= 1) || (limitsTopic(text) && kinds >= 4);
}

/** Words that say a list is about sharing or reporting what someone said. */
const sharingTopic = either(
  /\b(shar|report|privacy|private|confidential|limits?)\b/i,
  // Spanish forms only: "reporting" or "shares" in English text must not count here.
  spanish(
    'compart(?:ir|e|es|en|o|ió|imos|irlo|irla|ido)|report(?:ar|a|as|an|e|es|en|o|ó|é|arlo|arla|ado)|denunci\\p{L}*|privad[oa]s?|privacidad|' +
      'confidencial(?:idad)?|l[ií]mites?',
  ),
);

/**
 * True if a Markdown list names the limits of confidentiality item by item: three or more items, each
 * naming a different kind of limit, in a list about sharing or reporting.
 */
export function listsConfidentialityLimits(markdown: string): boolean {
  const items = markdown.split('\n').filter((line) => /^\s*[-*]\s/.test(line));
  if (items.length < 3 || !sharingTopic(markdown)) return false;
  const kindsNamed = new Set<number>();
  for (const item of items) {
    const kind = limitKinds.findIndex((kindOfLimit) => kindOfLimit(item));
    if (kind !== -1) kindsNamed.add(kind);
  }
  return kindsNamed.size >= 3;
}

/** "One exception" ("una sola excepción") teaches that confidentiality has a single limit; it has several. */
export const saysOneException = either(
  /\b(one|single|only) exception\b/i,
  spanish('(?:una\\s+sola|[uú]nica|solo\\s+(?:hay\\s+)?una|hay\\s+una|con\\s+una)\\s+excepci[oó]n|excepci[oó]n\\s+[uú]nica'),
);

/**
 * A trainer cannot promise that nothing leaves the room ("lo que se dice aquí, se queda aquí"); group
 * agreements name the safety exceptions.
 */
export const promisesRoomSecrecy = either(
  /\b(what|whatever|anything|stories)\b[^.]{0,60}\b(stays?|kept) in (the|this) room\b/i,
  spanish(
    '(?:lo\\s+que|todo\\s+lo\\s+que|cualquier\\s+cosa|las\\s+historias)[^.]{0,60}(?:se\\s+queda(?:n)?|se\\s+guarda(?:n)?)\\s+' +
      '(?:aquí|acá|en\\s+(?:el|este|esta|la)\\s+(?:salón|sala|cuarto|grupo|habitación))',
  ),
);

/**
 * Overdose teaching that mentions rescue breaths ("respiraciones de rescate", "boca a boca") must also teach
 * CPR ("RCP") (American Heart Association: a person not breathing or only gasping needs CPR, hands-only if
 * untrained).
 */
const rescueBreaths = either(/\brescue breath/i, spanish('respiraci[oó]n(?:es)?\\s+de\\s+rescate|boca\\s+a\\s+boca'));
const cpr = either(/\bCPR\b|chest compressions/i, spanish('RCP|compresiones'));
export const rescueBreathsWithoutCpr = (text: string) => rescueBreaths(text) && !cpr(text);
