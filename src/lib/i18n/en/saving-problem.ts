/**
 * What a storage notice says if its full words (./storage.ts, loaded only when there is a notice) cannot
 * be loaded: the connection dropped, or a newer version of the site replaced them.
 */
export const savingProblem = {
  message: 'Your progress may not be saved on this device.',
  link: 'Go to My progress',
} as const;
