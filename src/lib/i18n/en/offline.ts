export const offline = {
  ready: 'Available offline: this site is saved on this device, so it works without a connection.',
  update: 'A new version of Alongside is ready.',
  reload: 'Reload to update',
  paused: 'This tab is not keeping an offline copy of the site, because everything Alongside saved here was forgotten.',
  keep: 'Keep an offline copy on this device',
  saving: 'Saving an offline copy of the site on this device…',
  refused: 'This browser did not let Alongside save an offline copy. The site still works while you are online.',
} as const;
