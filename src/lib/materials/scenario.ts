/**
 * Scenario cards for triad practice, made from a role-play script: the set-up everyone reads, who
 * plays whom, the opening line, and which real emergencies the card must say what to do about.
 */
import type { RoleplayData } from '../../content/schemas/roleplays';
import type { RiskId } from '../safety/roleplay-rules';

/** The real emergencies a card's safety box covers, in the order the box lists them. */
export const emergencyTopics = ['suicide', 'overdose', 'violence', 'medical'] as const;
export type EmergencyTopic = (typeof emergencyTopics)[number];

/** Each risk a script declares (docs/safety-rubric.md) and the emergency the card names for it. */
const topicOfRisk: Record<RiskId, EmergencyTopic> = {
  'suicide-warning-signs': 'suicide',
  suicide: 'suicide',
  overdose: 'overdose',
  'overdose-risk': 'overdose',
  violence: 'violence',
  withdrawal: 'medical',
  intoxication: 'medical',
};

export function emergencyTopicsOf(risks: readonly RiskId[]): EmergencyTopic[] {
  const touched = new Set(risks.map((risk) => topicOfRisk[risk]));
  return emergencyTopics.filter((topic) => touched.has(topic));
}

export interface ScenarioCard {
  id: string;
  title: string;
  premise: string;
  /** The person the speaker plays. */
  speaker: { name: string; situation: string };
  /** What the speaker says first, and how. */
  opening: { says: string; direction?: string | undefined };
  contentNote?: string | undefined;
  emergencies: EmergencyTopic[];
  /**
   * True when the card carries the "if this becomes real" box: it touches a risk the rubric covers, or
   * has a content note (a past overdose, a return to use), which can be just as real for someone in the room.
   */
  safetyBox: boolean;
}

export function scenarioCard(id: string, script: RoleplayData): ScenarioCard {
  const start = script.nodes.find((node) => node.id === script.start);
  // The schema's graph check guarantees the start node exists; this guards a script built by hand.
  if (!start) throw new Error(`role-play "${id}": no start node "${script.start}"`);
  const emergencies = emergencyTopicsOf(script.risks);
  return {
    id,
    title: script.title,
    premise: script.premise,
    speaker: { name: script.mentee.name, situation: script.mentee.situation },
    opening: { says: start.says, direction: start.direction },
    contentNote: script.contentNote,
    emergencies,
    safetyBox: emergencies.length > 0 || script.contentNote !== undefined,
  };
}
