export const progress = {
  title: 'My progress',
  intro: 'Your progress is saved in this browser on this device only. Nothing is sent anywhere.',
  nextHeading: 'What to do next',
  next: (title: string) => `Continue with ${title}`,
  allDone: 'You have completed every module. Well done. Revisit any module to refresh your skills.',
  nothingYet: 'You have not started yet.',
  modulesHeading: 'Modules',
  quiz: 'Quiz',
  roleplays: 'Role-plays',
  notAttempted: 'not tried yet',
  answered: (answered: number, total: number) => `${answered} of ${total} answered`,
  bestScore: (percent: number, passed: boolean) => `best score ${percent}%${passed ? ', passed' : ''}`,
  attempts: (count: number) => `${count} ${count === 1 ? 'attempt' : 'attempts'}`,
  outcome: { strong: 'best ending: strong', mixed: 'best ending: mixed', missed: 'best ending: missed' },
  inProgress: 'half-way through',
  open: 'Open module',
  transferHeading: 'Move your progress to another device',
  transferIntro: 'Export saves a small file to this device. Import it on another device or browser to carry on there.',
  export: 'Export my progress',
  exported: (name: string, items: number) =>
    items === 0
      ? `${name} was saved to your downloads. It holds no progress yet: nothing has been saved on this device.`
      : `${name} was saved to your downloads, with ${items} ${items === 1 ? 'item' : 'items'} of progress.`,
  exportedNewer: (name: string) =>
    `${name} was saved to your downloads. It holds progress saved by a newer version of Alongside, exactly as it was; ` +
    'import it where that version runs.',
  importLabel: 'Import a progress file',
  importReading: 'Reading the file…',
  previewHeading: 'This file contains',
  previewModules: 'Modules visited',
  previewQuizzes: 'Quizzes answered',
  previewRoleplays: 'Role-plays played',
  previewResources: 'Resources saved',
  previewExported: 'Exported on',
  ignored: (items: string[], more: number) =>
    `Some items are for content that no longer exists and will be skipped: ${items.join(', ')}` + (more > 0 ? `, and ${more} more.` : '.'),
  previewNoDate: 'not recorded',
  merge: 'Merge with the progress on this device',
  replace: 'Replace the progress on this device',
  cancel: 'Cancel',
  imported: 'Your progress was imported.',
  importCancelled: 'Import cancelled. Nothing was changed.',
  clearHeading: 'Clear my progress',
  clearIntro: 'On a shared computer, clear your progress when you finish.',
  clear: 'Clear my progress…',
  confirmHeading: 'Clear all progress on this device?',
  confirmText:
    'This removes every visit, quiz answer, role-play result and saved resource from this browser. It cannot be undone. ' +
    'Export first if you want a copy.',
  confirm: 'Yes, clear everything',
  cleared: 'Your progress was cleared from this device.',
  clearedMemoryOnly:
    'This browser is not letting Alongside use its storage, so nothing was saved on this device. The progress in this tab was cleared.',
  clearFailed:
    'This browser would not let Alongside remove your progress, so it is still saved on this device. Try again, or use your ' +
    'browser’s settings to clear this site’s data.',
  backupsHeading: 'Copies of progress that could not be read',
  backupsIntro:
    'When saved progress cannot be read in full, Alongside keeps a copy before starting again. You can download a copy, ' +
    'restore what can still be read from it into your progress, or delete it.',
  backupMade: (date: string) => `Copy made on ${date}`,
  backupItems: (items: number) =>
    items === 0 ? 'Nothing in it can be read by this version.' : `${items} ${items === 1 ? 'item' : 'items'} can be read.`,
  backupNewer: 'Saved by a newer version of Alongside.',
  backupDownload: 'Download this copy',
  backupRestore: 'Restore what can be read',
  backupDelete: 'Delete this copy',
  backupRestored: (items: number) => `${items} ${items === 1 ? 'item was' : 'items were'} restored into your progress.`,
  backupNotRestored: 'Nothing in this copy could be restored. You can still download it.',
  backupDeleted: 'The copy was deleted.',
  backupNotDeleted: 'This browser would not let Alongside delete the copy.',
  untouchedHeading: 'Unreadable progress left in place',
  untouchedDownload: 'Download the unreadable progress',
  backupFileName: (date: string) => `alongside-unreadable-progress-${date}.json`,
} as const;
