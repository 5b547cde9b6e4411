/**
 * What a session needs beyond the run sheet, worked out at build time from the module files: the
 * slide for each talk segment, the trainer's notes for every agenda item, and the module's room-mode
 * activities. A slide points at content the module already has (objectives, key points, a prompt, a
 * role-play's premise), so it is never a second copy to keep in step.
 */
import { roomPath } from '../room/catalogue';

export interface Slide {
  /** "objectives" for a welcome ("In this session"), "points" for key points. */
  list: 'objectives' | 'points';
  lines: string[];
  /** The question for the room. */
  prompt?: string | undefined;
  /** A short scenario: a role-play's title and premise. */
  scenario?: { title: string; premise: string } | undefined;
}

export interface RoomLink {
  title: string;
  /** Site-relative path, as roomPath gives it. */
  path: string;
}

export interface SessionItemContent {
  /** The facilitator guide's detail: the presenter view shows it as notes. */
  notes?: string | undefined;
  slide?: Slide | undefined;
}

export interface SessionModuleContent {
  items: Record<string, SessionItemContent>;
  quizzes: RoomLink[];
  roleplays: RoomLink[];
}

export type SessionContent = Record<string, SessionModuleContent>;

interface SlideRefs {
  objectives?: true | undefined;
  points?: number[] | undefined;
  prompt?: number | undefined;
  scenario?: string | undefined;
}
interface ModuleLike {
  id: string;
  data: {
    objectives: string[];
    keyPoints: string[];
    facilitator: { agenda: { id: string; detail?: string | undefined; slide?: SlideRefs | undefined }[]; prompts: string[] };
  };
}
interface ActivityLike {
  id: string;
  data: { module: string; title: string };
}
interface RolePlayLike extends ActivityLike {
  data: ActivityLike['data'] & { premise: string };
}

/** The slide a talk segment's references describe. The schema has checked that every number is in range. */
export function resolveSlide(module: ModuleLike['data'], refs: SlideRefs, roleplays: readonly RolePlayLike[]): Slide {
  const scenario = refs.scenario ? roleplays.find((roleplay) => roleplay.id === refs.scenario) : undefined;
  return {
    list: refs.objectives ? 'objectives' : 'points',
    lines: refs.objectives ? module.objectives : (refs.points ?? []).flatMap((point) => module.keyPoints[point - 1] ?? []),
    prompt: refs.prompt === undefined ? undefined : module.facilitator.prompts[refs.prompt - 1],
    scenario: scenario && { title: scenario.data.title, premise: scenario.data.premise },
  };
}

export function toSessionContent(
  modules: readonly ModuleLike[],
  roleplays: readonly RolePlayLike[],
  quizzes: readonly ActivityLike[],
): SessionContent {
  const links = (entries: readonly ActivityLike[], kind: 'quiz' | 'roleplay', moduleId: string) =>
    entries
      .filter((entry) => entry.data.module === moduleId)
      .map((entry) => ({ title: entry.data.title, path: roomPath(kind, entry.id) }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return Object.fromEntries(
    modules.map(({ id, data }) => [
      id,
      {
        items: Object.fromEntries(
          data.facilitator.agenda.map((item) => [
            item.id,
            { notes: item.detail, slide: item.slide && resolveSlide(data, item.slide, roleplays) },
          ]),
        ),
        quizzes: links(quizzes, 'quiz', id),
        roleplays: links(roleplays, 'roleplay', id),
      },
    ]),
  );
}
