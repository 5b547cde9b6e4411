/**
 * The crisis and help-line card handed to every learner: the lines a mentor most needs, emergency
 * first, as the "Get help now" page orders them. Numbers come from src/content/resources.
 */
export const crisisCardLines = [
  'emergency-911',
  '988-lifeline',
  'crisis-text-line',
  'veterans-crisis-line',
  'domestic-violence-hotline',
  'poison-help',
  'samhsa-helpline',
] as const;

/** Call, text and TTY: what a printed card can show. Chat and web addresses stay in the guide. */
export function printableContacts<T extends { kind: string }>(contacts: readonly T[]): T[] {
  return contacts.filter((contact) => contact.kind === 'call' || contact.kind === 'text' || contact.kind === 'tty');
}
