/**
 * Safety rules about wording that apply to any content text (module paragraphs, quiz fields,
 * role-play lines). docs/safety-rubric.md gives the reasons; the content tests apply these to every file.
 */

/** Words that set up a list of exceptions to privacy ("it stays between us, except…"). */
const exceptionIntro = /\bexceptions?\b|\bunless\b|\bstays? (between us|with me)\b/i;
/** Words that name confidentiality's limits as a topic. */
const limitsTopic = /\blimits? (of|to) (your |my )?(confidentiality|privacy)\b|\b(usual|common|main) limits\b/i;
/** The kinds of limit. */
const limitKinds = [
  /\bdanger\b/i,
  /\bchild\b/i,
  /\bvulnerable adult\b/i,
  /\bsupervisor\b/i,
  /\bemergenc/i,
  /\bhurt (someone|another|a named)\b/i,
];

/**
 * True if the text states the limits of confidentiality in its own words: privacy "with exceptions"
 * followed by any kind of limit, or the limits as a topic with four or more kinds listed. Such a
 * statement must come from src/content/safety/confidentiality.ts instead (a component in MDX, `{{…}}`
 * in YAML), so the limits are the same wherever they are taught. Naming one limit in passing ("a threat
 * is a limit of confidentiality") is not a statement of them all.
 */
export function statesConfidentialityLimits(text: string): boolean {
  const kinds = limitKinds.filter((kind) => kind.test(text)).length;
  return (
    (exceptionIntro.test(text) && /\b(privacy|private|confidential|between us|with me|tell anyone)\b/i.test(text) && kinds >= 1) ||
    (limitsTopic.test(text) && kinds >= 4)
  );
}

/**
 * True if a Markdown list names the limits of confidentiality item by item: three or more items, each
 * naming a different kind of limit, in a list about sharing or reporting.
 */
export function listsConfidentialityLimits(markdown: string): boolean {
  const items = markdown.split('\n').filter((line) => /^\s*[-*]\s/.test(line));
  if (items.length < 3 || !/\b(shar|report|privacy|private|confidential|limits?)\b/i.test(markdown)) return false;
  const kindsNamed = new Set<number>();
  for (const item of items) {
    const kind = limitKinds.findIndex((pattern) => pattern.test(item));
    if (kind !== -1) kindsNamed.add(kind);
  }
  return kindsNamed.size >= 3;
}

/** "One exception" teaches that confidentiality has a single limit; it has several. */
export const saysOneException = (text: string) => /\b(one|single|only) exception\b/i.test(text);

/** A trainer cannot promise that nothing leaves the room; group agreements name the safety exceptions. */
export const promisesRoomSecrecy = (text: string) =>
  /\b(what|whatever|anything|stories)\b[^.]{0,60}\b(stays?|kept) in (the|this) room\b/i.test(text);

/**
 * Overdose teaching that mentions rescue breaths must also teach CPR (American Heart Association:
 * a person not breathing or only gasping needs CPR, hands-only if untrained).
 */
export const rescueBreathsWithoutCpr = (text: string) => /\brescue breath/i.test(text) && !/\bCPR\b|chest compressions/i.test(text);
