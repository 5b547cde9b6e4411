/**
 * The limits of a peer mentor's confidentiality: the one place they are written.
 *
 * Modules show them with <ConfidentialityLimits /> and <ConfidentialityScript />; quiz and role-play
 * text uses {{confidentiality-limits}} and {{confidentiality-script}} (src/lib/safety/shared-text.ts).
 * A content test fails if any other text states the limits in its own words, so a correction made here
 * reaches every module, quiz and role-play at once.
 *
 * Sources: N.A.P.S. National Practice Guidelines for Peer Specialists and Supervisors (2019); NAADAC
 * Code of Ethics (2021), section on confidentiality and privileged communication; SAMHSA TIP 64,
 * Incorporating Peer Support Into Substance Use Disorder Treatment Services (2023). Exact duties differ
 * by state and program, which the rendered text says.
 */

export interface ConfidentialityLimit {
  /** Stable id. */
  id: string;
  /** The limit in a few words, as a list item's lead. */
  label: string;
  /** What it means for the mentor, in a sentence. */
  detail: string;
  /** The same limit as it is said to a mentee, one clause of the spoken script. */
  spoken: string;
}

export const confidentialityLimits: readonly ConfidentialityLimit[] = [
  {
    id: 'danger-to-self',
    label: 'Danger to their own life',
    detail: 'If you believe the person may end their life or die without help, you get help now, even if they ask you not to.',
    spoken: 'if I believe your life is in danger',
  },
  {
    id: 'danger-to-others',
    label: 'Danger to someone else',
    detail:
      'A serious threat to hurt another person goes to your supervisor right away, or to 911 if the danger is immediate. ' +
      'Some states and programs have a duty to warn.',
    spoken: 'if someone else is in serious danger',
  },
  {
    id: 'abuse-or-neglect',
    label: 'Abuse or neglect of a child or a vulnerable adult',
    detail:
      'Tell your supervisor right away, and call 911 if someone is in danger now. ' +
      'You or your program may have to report it, and your program knows how.',
    spoken: 'if a child or a vulnerable adult is being hurt or neglected',
  },
  {
    id: 'medical-emergency',
    label: 'A medical emergency',
    detail: 'Share what emergency responders need to keep the person alive, and no more.',
    spoken: 'in a medical emergency',
  },
  {
    id: 'law-or-court',
    label: 'When a law or a court requires it',
    detail:
      'Rarely, a court can order records or testimony. If you get a subpoena, or a request from police, probation or a court, ' +
      'tell your supervisor at once and hand nothing over yourself.',
    spoken: 'if a law or a court requires it',
  },
  {
    id: 'supervision',
    label: 'Supervision',
    detail: 'You talk about your work with your supervisor, so you can do it well and safely. Mentees deserve to know this from the start.',
    spoken: 'I also talk about my work with my supervisor, so I can do this well',
  },
];

/** What a mentor promises about sharing, said after the limits. */
export const tellFirst = "If I ever have to share something, I'll tell you first whenever it's safe to.";

/** Shown beside the limits wherever they appear. */
export const localRulesNote = 'The exact rules depend on your state and your program. Learn them before your first meeting.';

/** The limits as one spoken script, for a first meeting or for the moment someone asks "does this stay between us?". */
export function confidentialityScript(): string {
  const sharing = confidentialityLimits.filter((limit) => limit.id !== 'supervision').map((limit) => limit.spoken);
  const supervision = confidentialityLimits.find((limit) => limit.id === 'supervision')!.spoken;
  // "a; b; c; or d": the joining word comes from here, so the list can be reordered or grow.
  const listed = `${sharing.slice(0, -1).join('; ')}; or ${sharing[sharing.length - 1]}`;
  return (
    'Most of what you tell me stays between us. ' +
    `But there are times I may have to share something, and I want you to know them now: ${listed}. ${supervision}. ${tellFirst}`
  );
}

/** The limits as a phrase for running text: "danger to their own life, danger to someone else, …, and supervision". */
export function confidentialityLimitsPhrase(): string {
  const labels = confidentialityLimits.map((limit) => limit.label.charAt(0).toLowerCase() + limit.label.slice(1));
  return `${labels.slice(0, -1).join(', ')}, and ${labels[labels.length - 1]}`;
}
