export const resources = {
  save: 'Save to My resources',
  saved: 'Saved to My resources (tap to remove)',
  savedAnnounce: (name: string) => `${name} was saved to My resources on this device.`,
  removedAnnounce: (name: string) => `${name} was removed from My resources.`,
  /** When a card has no name to read (it always should). */
  thisResource: 'This resource',
  walletRemoved: (name: string) => `${name} was removed.`,
  theResource: 'The resource',
  open247: 'Open 24/7',
} as const;
