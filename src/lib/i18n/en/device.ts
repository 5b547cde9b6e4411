export const device = {
  heading: 'Using a shared computer?',
  sessionLabel: 'Keep my progress only until I close this browser',
  sessionOnHelp: 'Your progress is kept for this browser session only. Close the browser when you finish and it is gone.',
  sessionOffHelp: 'Your progress is saved on this device until you clear it.',
  sessionFailed: 'This browser would not let Alongside change where progress is kept. Nothing was lost.',
  sessionChanged: (on: boolean) => (on ? 'Shared-computer mode is on.' : 'Shared-computer mode is off.'),
  forget: 'Forget everything on this device…',
  forgetHeading: 'Forget everything Alongside saved on this device?',
  forgetText:
    'This removes your progress, saved resources and settings, and the offline copy of the site, from this browser. It cannot be undone.',
  forgetConfirm: 'Yes, forget everything',
  forgotten: 'Everything Alongside saved on this device has been removed.',
  forgetParts: { saved: 'your progress, saved resources and settings', offline: 'the offline copy of the site' },
  forgetRemoved: (parts: string[]) => `Alongside removed ${parts.join(' and ')}.`,
  forgetRefused: {
    saved: 'This browser did not let Alongside remove your progress, saved resources and settings.',
    offline: 'This browser did not let Alongside remove its offline copy of the site.',
  },
  forgetRest: "To remove what is left, clear this site's data in your browser's settings.",
} as const;
