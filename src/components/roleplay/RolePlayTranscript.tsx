import type { ReactNode } from 'react';
import type { PlayState } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';

/**
 * The conversation in reading order: each mentee line, the reply chosen, and the coaching on it. Once the
 * role-play has ended the debrief goes over the same moments, so the transcript folds away (a native
 * disclosure: works by keyboard, and before any script) and the ending line moves to the debrief.
 */
export function RolePlayTranscript({ name, state }: { name: string; state: PlayState }) {
  const exchanges = (
    <ol>
      {state.taken.map(({ node, choice }) => (
        <li key={node.id} className="exchange">
          <MenteeLine name={name} says={node.says} direction={node.direction} />
          <p className="line mentor-line">
            <strong>{ui.roleplay.you}:</strong> “{choice.line}”
          </p>
          <p className="coaching">
            <strong>{ui.roleplay.coaching}</strong> ({ui.roleplay.skill}: {ui.skills[choice.skill] ?? choice.skill}): {choice.feedback}
          </p>
        </li>
      ))}
      {state.node && (
        <li className="exchange current">
          <MenteeLine name={name} says={state.node.says} direction={state.node.direction} />
        </li>
      )}
    </ol>
  );
  if (state.ending) return <Folded count={state.taken.length}>{exchanges}</Folded>;
  return (
    <div className="transcript">
      <h3 className="visually-hidden">{ui.roleplay.transcript}</h3>
      {exchanges}
    </div>
  );
}

function Folded({ count, children }: { count: number; children: ReactNode }) {
  return (
    <details className="transcript">
      <summary>{ui.roleplay.transcriptFolded(count)}</summary>
      {children}
    </details>
  );
}

export function MenteeLine({ name, says, direction }: { name: string; says: string; direction: string | undefined }) {
  return (
    <p className="line mentee-line">
      <strong>{name}:</strong> {direction && <em className="direction">({direction}) </em>}“{says}”
    </p>
  );
}
