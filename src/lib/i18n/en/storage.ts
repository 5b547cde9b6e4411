export const storage = {
  blocked:
    'This browser is not letting Alongside use its storage (it may be turned off in the browser’s settings, or blocked in this ' +
    'kind of window). Your work is kept only until you close this tab. To keep it, export your progress from My progress.',
  full:
    'This browser’s storage is full, so new progress cannot be saved. What you saved before is still here, and new work is ' +
    'kept until you close this tab. To keep it all, export your progress from My progress.',
  unavailable:
    'This browser has stopped letting Alongside save changes. What you saved before is still here, and new work is kept ' +
    'until you close this tab. To keep it all, export your progress from My progress.',
  recoveredAll:
    'Saved progress on this device could not be read, so Alongside started fresh. A copy of it is kept: you can download ' +
    'it or try to restore it from My progress.',
  recoveredSome: (count: number) =>
    `${count === 1 ? 'One saved item' : `${count} saved items`} could not be read and ${count === 1 ? 'was' : 'were'} left out; ` +
    'everything else is here. A copy of the original is kept: you can download it or try to restore it from My progress.',
  untouched:
    'Saved progress on this device could not be read in full, and there is no room to keep a copy, so Alongside has left ' +
    'it untouched and will not save over it. Download it from My progress, then clear it there to start saving again.',
  newerVersion:
    'Progress on this device was saved by a newer version of Alongside, so it has been left untouched and new work is not ' +
    'saved. Reload the page to get the newest version; you can also export it from My progress.',
  exportLink: 'Go to My progress',
  noticeLabel: 'Progress: ',
} as const;
