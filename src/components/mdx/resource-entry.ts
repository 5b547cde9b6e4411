import { getEntry, type CollectionEntry } from '../../content/edition';

/** Looks up a resource by id for an MDX component, failing the build with a clear message if it does not exist. */
export async function requireResource(id: string, component: string) {
  const entry = await getEntry('resources', id);
  if (!entry) {
    throw new Error(`<${component} id="${id}" />: no resource with id "${id}" in src/content/resources/`);
  }
  return entry;
}

/**
 * The names and ids of the resources a role-play's endings point to, for its debrief. Used by the
 * module's role-play and by room mode. A missing resource fails the build, naming the script.
 */
export async function endingResources(roleplay: CollectionEntry<'roleplays'>): Promise<{ id: string; name: string }[]> {
  const ids = [...new Set(roleplay.data.endings.flatMap((ending) => ending.resources))];
  return Promise.all(
    ids.map(async (id) => {
      const entry = await getEntry('resources', id);
      if (!entry) throw new Error(`src/content/roleplays/${roleplay.data.module}/${roleplay.id}.yaml: endings: no resource "${id}"`);
      return { id, name: entry.data.name };
    }),
  );
}
