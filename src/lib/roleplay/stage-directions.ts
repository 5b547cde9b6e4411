/**
 * Role-play lines carry some stage directions inline: "(He rubs his face.) I don't wanna talk about it."
 * On screen that reads fine; on paper a direction inside quotation marks reads as words to say aloud.
 * This splits a line into what is said and what is done, so print can quote only the words.
 */
export interface LinePart {
  kind: 'speech' | 'direction';
  text: string;
}

const parenthetical = /\(([^()]+)\)/g;

/**
 * A bracketed aside is a direction when it opens the line, or starts like a sentence ("(He shrugs.)",
 * "(A paramedic comes over to you. Quietly:)"). Anything else is spoken: "probation officer (PO)",
 * "(911 if the danger is immediate)".
 */
function isDirection(inner: string, at: number): boolean {
  return at === 0 || /^[A-Z][^A-Z]/.test(inner);
}

export function splitStageDirections(line: string): LinePart[] {
  const parts: LinePart[] = [];
  const speech = (text: string) => {
    if (text.trim()) parts.push({ kind: 'speech', text: text.trim() });
  };
  let from = 0;
  for (const match of line.matchAll(parenthetical)) {
    const inner = match[1]!.trim();
    if (!isDirection(inner, match.index)) continue;
    speech(line.slice(from, match.index));
    parts.push({ kind: 'direction', text: inner });
    from = match.index + match[0].length;
  }
  speech(line.slice(from));
  return parts;
}

/** Only the words a person says, for a card where the room's own direction replaces the script's. */
export function spokenWords(line: string): string {
  return splitStageDirections(line)
    .filter((part) => part.kind === 'speech')
    .map((part) => part.text)
    .join(' ');
}
