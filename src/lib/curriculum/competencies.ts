import type { CompetencyId } from '../../content/schemas/common';
import { ui } from '../i18n';

/**
 * SAMHSA's twelve peer-worker competency areas (Core Competencies for Peer Workers, 2015), in SAMHSA's
 * order; the words live in src/lib/i18n.
 */
export const competencyNames: Record<CompetencyId, string> = ui.competencies;

export function competencyName(id: string): string {
  return competencyNames[id as CompetencyId] ?? id;
}
