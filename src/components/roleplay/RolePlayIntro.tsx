import type { RoleplayData } from '../../content/schemas/roleplays';
import { staticUi } from '../../lib/i18n';

/**
 * A role-play's heading and set-up. Rendered on the server only, into the island as a slot, so the
 * page's HTML says it once (the island's props do not repeat it).
 */
export function RolePlayIntro({ id, script }: { id: string; script: RoleplayData }) {
  return (
    <>
      <h2 id={`roleplay-${id}-title`}>{staticUi.roleplay.heading(script.title)}</h2>
      {script.contentNote && (
        <p className="roleplay-note">
          <strong data-pagefind-ignore="">{staticUi.roleplay.contentNote}:</strong> {script.contentNote}
        </p>
      )}
      {/* Premises describe situations the way mentors search for them, so they count for more in search. */}
      <p data-pagefind-weight="3">{script.premise}</p>
      <p>
        <strong data-pagefind-ignore="">{staticUi.roleplay.youAreTalkingWith(script.mentee.name)}.</strong> {script.mentee.situation}
      </p>
    </>
  );
}
