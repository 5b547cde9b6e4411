/** The exercises of each module written in Spanish, for the Spanish module pages' islands. */
import type { GetStaticPaths } from 'astro';
import { spanishModuleIds } from '../../../../lib/i18n/edition';

export { GET } from '../../../modules/[id]/exercises.json';

export const getStaticPaths = (() => spanishModuleIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
