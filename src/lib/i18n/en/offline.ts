export const offline = {
  ready: 'Available offline: this site is saved on this device, so it works without a connection.',
  /** Before the person chooses the whole course: only the essentials are saved. */
  readyEssentials: 'Available offline: help, the resource guide, the crisis module and search are saved on this device.',
  wholeCourse: 'Make the whole course work offline',
  /** After the button's text: the download it means, computed at build. */
  courseSize: (size: string) => `(${size})`,
  savingCourse: 'Saving the whole course on this device…',
  courseFailed: 'The whole course could not be saved. Check your connection and try again.',
  /** The browser asks sites to save data (Save-Data), so nothing is downloaded until the person asks. */
  saveData: 'Your browser asks sites to save data, so Alongside has not saved anything for offline use.',
  update: 'A new version of Alongside is ready.',
  reload: 'Reload to update',
  paused: 'This tab is not keeping an offline copy of the site, because everything Alongside saved here was forgotten.',
  keep: 'Keep an offline copy on this device',
  saving: 'Saving an offline copy of the site on this device…',
  refused: 'This browser did not let Alongside save an offline copy. The site still works while you are online.',
} as const;
