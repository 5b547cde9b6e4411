import { ui } from '../../lib/i18n';
import { withBaseInEveryEdition } from '../../lib/url-every-edition';

export interface ResourceRef {
  id: string;
  name: string;
}

/** "Resources for this situation" after a role-play, for a learner's debrief or a room's. */
export function ResourceLinkList({ resources, level }: { resources: ResourceRef[]; level: 3 | 4 }) {
  if (resources.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading>{ui.roleplay.resourcesHeading}</Heading>
      <ul>
        {resources.map((resource) => (
          <li key={resource.id}>
            <a href={withBaseInEveryEdition(`/resources/${resource.id}/`)}>{resource.name}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
