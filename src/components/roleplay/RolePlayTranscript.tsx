import type { RoleplayData } from '../../content/schemas/roleplays';
import type { PlayState } from '../../lib/roleplay/engine';
import { ui } from '../../lib/i18n';

/** The conversation in reading order: each mentee line, the reply chosen, and the coaching on it. */
export function RolePlayTranscript({ script, state }: { script: RoleplayData; state: PlayState }) {
  const name = script.mentee.name;
  const lines = state.taken.map(({ node, choice }) => ({ node, choice }));
  return (
    <div className="transcript">
      <h3 className="visually-hidden">{ui.roleplay.transcript}</h3>
      <ol>
        {lines.map(({ node, choice }) => (
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
        {state.ending && (
          <li className="exchange">
            <MenteeLine name={name} says={state.ending.says} direction={undefined} />
          </li>
        )}
      </ol>
    </div>
  );
}

function MenteeLine({ name, says, direction }: { name: string; says: string; direction: string | undefined }) {
  return (
    <p className="line mentee-line">
      <strong>{name}:</strong> {direction && <em className="direction">({direction}) </em>}“{says}”
    </p>
  );
}
