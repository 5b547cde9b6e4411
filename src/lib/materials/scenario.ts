/**
 * Scenario cards for triad practice, made from a role-play script: the set-up everyone reads, who
 * plays whom, the opening line, what the person says if the mentor asks (folded back, for the speaker
 * only), and which real emergencies the card must say what to do about.
 */
import type { RoleplayData } from '../../content/schemas/roleplays';
import { recommendedPath } from '../roleplay/debrief';
import { spokenWords } from '../roleplay/stage-directions';
import { safetyBoxPlan, type EmergencyTopic } from './emergencies';

/** One thing the speaker says, and how. `says` may hold inline directions; print splits them out. */
export interface SpeakerLine {
  says: string;
  direction?: string | undefined;
}

export interface ScenarioCard {
  id: string;
  title: string;
  premise: string;
  /** The person the speaker plays. */
  speaker: { name: string; situation: string };
  /** What the speaker says first, and how. */
  opening: SpeakerLine;
  /**
   * The rest of what the person says along the recommended path, ending with their last words, so the
   * speaker reads the part (the gun, the past attempt, the drinking) instead of inventing it, or
   * reaching for their own story.
   */
  speakerLines: SpeakerLine[];
  contentNote?: string | undefined;
  emergencies: EmergencyTopic[];
  /** True when the card's "if this becomes real" box lists what to do in a real emergency (see `safetyBoxPlan`). */
  safetyBox: boolean;
}

export function scenarioCard(id: string, script: RoleplayData): ScenarioCard {
  const start = script.nodes.find((node) => node.id === script.start);
  // The schema's graph check guarantees the start node exists; this guards a script built by hand.
  if (!start) throw new Error(`role-play "${id}": no start node "${script.start}"`);
  const { topics, emergencyLines } = safetyBoxPlan(script);
  // A room direction replaces every direction the script gives, inline ones included: the script's may
  // describe what nobody should act out in a room (standing over someone, shouting, grabbing keys).
  const room = script.roomDirection;
  const line = (says: string, direction: string | undefined): SpeakerLine =>
    room === undefined ? { says, direction } : { says: spokenWords(says) };
  const path = recommendedPath(script);
  const last = path.at(-1);
  const ending = script.endings.find((candidate) => candidate.id === last?.choice.next);
  return {
    id,
    title: script.title,
    premise: script.premise,
    speaker: { name: script.mentee.name, situation: script.mentee.situation },
    opening: room === undefined ? { says: start.says, direction: start.direction } : { says: spokenWords(start.says), direction: room },
    speakerLines: [
      ...path.slice(1).map(({ node }) => line(node.says, node.direction)),
      ...(ending ? [line(ending.says, undefined)] : []),
    ].filter((spoken) => spoken.says !== ''),
    contentNote: script.contentNote,
    emergencies: topics,
    safetyBox: emergencyLines,
  };
}
