import { getEntry } from 'astro:content';

/** Looks up a resource by id for an MDX component, failing the build with a clear message if it does not exist. */
export async function requireResource(id: string, component: string) {
  const entry = await getEntry('resources', id);
  if (!entry) {
    throw new Error(`<${component} id="${id}" />: no resource with id "${id}" in src/content/resources/`);
  }
  return entry;
}
