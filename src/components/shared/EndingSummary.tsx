import type { PlayEnding } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';

/** How a role-play ended and what to take from it; shared by a learner's debrief and a room's. */
export function EndingSummary({ ending }: { ending: Pick<PlayEnding, 'outcome' | 'debrief' | 'keyLearning'> }) {
  return (
    <>
      <p>
        <strong>{ui.roleplay.outcome[ending.outcome]}.</strong> {ending.debrief}
      </p>
      <p className="key-learning">
        <strong>{ui.roleplay.keyLearning}:</strong> {ending.keyLearning}
      </p>
    </>
  );
}
