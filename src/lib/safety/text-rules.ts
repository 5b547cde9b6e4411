/**
 * Safety rules about wording that apply to any content text (module paragraphs, quiz fields,
 * role-play lines). docs/safety-rubric.md gives the reasons; the content tests apply these to every file.
 */

/** Words that introduce the limits of confidentiality. */
const limitsIntro = /\bexceptions?\b|\blimits? (of|to) (your |my )?(confidentiality|privacy)\b|\bstays? (between us|with me)\b/i;
/** The kinds of limit; naming two or more after an intro is a statement of the limits. */
const limitKinds = [/\bdanger\b/i, /\bchild\b/i, /\bvulnerable adult\b/i, /\bsupervisor\b/i, /\bemergenc/i, /\bhurt (someone|another|a named)\b/i];

/**
 * True if the text states the limits of confidentiality in its own words. Such a statement must come
 * from src/content/safety/confidentiality.ts instead (a component in MDX, `{{…}}` in YAML), so the
 * limits are the same wherever they are taught.
 */
export function statesConfidentialityLimits(text: string): boolean {
  if (!limitsIntro.test(text)) return false;
  return limitKinds.filter((kind) => kind.test(text)).length >= 2;
}

/** "One exception" teaches that confidentiality has a single limit; it has several. */
export const saysOneException = (text: string) => /\b(one|single|only) exception\b/i.test(text);

/** A trainer cannot promise that nothing leaves the room; group agreements name the safety exceptions. */
export const promisesRoomSecrecy = (text: string) => /\b(stays?|kept) in (the|this) room\b/i.test(text);

/**
 * Overdose teaching that mentions rescue breaths must also teach CPR (American Heart Association:
 * a person not breathing or only gasping needs CPR, hands-only if untrained).
 */
export const rescueBreathsWithoutCpr = (text: string) => /\brescue breath/i.test(text) && !/\bCPR\b|chest compressions/i.test(text);
