/** The resource guide's filters: the line that counts what they show (its own table, so the filters' script carries nothing else). */
export const guide = {
  showing: (shown: number, total: number) =>
    shown === total ? `Showing all ${total} resources` : `Showing ${shown} of ${total} resources`,
} as const;
