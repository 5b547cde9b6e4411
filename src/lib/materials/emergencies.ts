/**
 * Which real emergencies a printed role-play says what to do about ("If this becomes real"), on its
 * scenario card and at the end of its printed handout. The words for each are in
 * `staticUi.materials.safety`; docs/safety-rubric.md is where they come from.
 */
import type { RiskId } from '../safety/roleplay-rules';

/** The emergencies a safety box can cover, in the order it lists them. */
export const emergencyTopics = ['suicide', 'overdose', 'violence', 'medical', 'threat'] as const;
export type EmergencyTopic = (typeof emergencyTopics)[number];

/**
 * Each risk a script declares and the emergencies it brings. A very drunk or high person is a medical
 * danger and may also threaten someone; violence at home may come with a weapon or a threat. The two
 * stay apart because the steps differ: stay with someone in medical danger, get away from a threat.
 */
const topicsOfRisk: Record<RiskId, EmergencyTopic[]> = {
  'suicide-warning-signs': ['suicide'],
  suicide: ['suicide'],
  overdose: ['overdose'],
  'overdose-risk': ['overdose'],
  violence: ['violence', 'threat'],
  withdrawal: ['medical'],
  intoxication: ['medical', 'threat'],
};

/** The emergencies for a script's risks, plus any it names for its printed card, each once, in a fixed order. */
export function emergencyTopicsOf(risks: readonly RiskId[], extra: readonly EmergencyTopic[] = []): EmergencyTopic[] {
  const touched = new Set([...risks.flatMap((risk) => topicsOfRisk[risk]), ...extra]);
  return emergencyTopics.filter((topic) => touched.has(topic));
}

export interface SafetyBoxPlan {
  topics: EmergencyTopic[];
  /**
   * True when the box lists what to do in a real emergency: the script touches a risk the rubric covers,
   * names an emergency for its card, or has a content note (a past overdose, a return to use), which can
   * be just as real for someone in the room.
   */
  emergencyLines: boolean;
}

export function safetyBoxPlan(script: {
  risks: readonly RiskId[];
  cardEmergencies?: readonly EmergencyTopic[] | undefined;
  contentNote?: string | undefined;
}): SafetyBoxPlan {
  const topics = emergencyTopicsOf(script.risks, script.cardEmergencies);
  return { topics, emergencyLines: topics.length > 0 || script.contentNote !== undefined };
}
