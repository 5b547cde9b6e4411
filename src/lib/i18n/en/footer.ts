export const footer = {
  scope: 'Alongside supports, and does not replace, certification, supervision or your local protocols.',
  privacy: 'No accounts, no cookies, no tracking. Your progress stays on this device.',
} as const;
