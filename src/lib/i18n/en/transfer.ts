export const transfer = {
  tooLarge: (limitKb: number) =>
    `This file is too large to be an Alongside progress file (the limit is ${limitKb} KB). Nothing was changed.`,
  notJson: 'This file is not a progress file: it is not valid JSON. Nothing was changed.',
  hostile: (problem: string) => `This file cannot be imported: ${problem}. Nothing was changed.`,
  notExport: 'This file is not an Alongside progress export. Choose a file saved with "Export my progress". Nothing was changed.',
  newerVersion:
    'This file was saved by a newer version of Alongside. Reload the page to get the newest version, then try again. Nothing was ' +
    'changed.',
  unknownVersion: 'This file has an unknown progress version. Nothing was changed.',
  unreadableShape: 'This file has progress in a shape Alongside cannot read. Nothing was changed.',
  mistake: (path: string, message: string) => `This file has a mistake at "${path}": ${message}. Nothing was changed.`,
  /** What is wrong at the place `mistake` names, by the validator's issue code (src/lib/validate/schema.ts). */
  issues: {
    type: 'a value of the wrong kind',
    format: 'a value not written the way Alongside writes it',
    'too-long': 'a list or text longer than Alongside keeps',
    'too-small': 'a number below the smallest allowed',
    'too-big': 'a number above the largest allowed',
    value: 'a value Alongside does not know',
    key: 'a name Alongside does not use',
    rule: 'more entries than Alongside keeps',
  },
  tooDeep: (max: number) => `it is nested more than ${max} levels deep`,
  longText: (max: number) => `it contains a text value longer than ${max} characters`,
  reservedKey: (key: string) => `it contains the reserved key "${key}"`,
  longKey: (max: number) => `it contains a key longer than ${max} characters`,
  /** An item an import skips, e.g. `quiz "old-quiz"`. */
  ignoredItem: (kind: string, id: string) => `${kind} "${id}"`,
  kinds: { module: 'module', quiz: 'quiz', roleplay: 'role-play', resource: 'resource' },
} as const;
