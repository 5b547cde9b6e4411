/**
 * "Your practice pattern": across every role-play finished on this device, which kinds of reply a
 * learner reaches for, and where they chose one kind when another fitted better. Worked out from the
 * skill each choice carries and the skill of the recommended reply at the same moment.
 */
import type { ReplyKind } from '../progress/actions';
import type { Progress } from '../progress/shape';
import type { PlayState } from './engine';

/** Each decision of a path: the kind of reply chosen, and the kind the recommended reply there shows. */
export function replyKinds(state: Pick<PlayState, 'taken'>): ReplyKind[] {
  return state.taken.map(({ node, choice }) => ({
    chosen: choice.skill,
    fitted: node.choices.find((candidate) => candidate.recommended)?.skill ?? choice.skill,
  }));
}

export interface SkillCount {
  skill: string;
  count: number;
}

export interface Mismatch {
  chosen: string;
  fitted: string;
  count: number;
}

export interface PracticePattern {
  /** Every decision counted. */
  decisions: number;
  /** How often each kind of reply was chosen, most used first. */
  reachedFor: SkillCount[];
  /** How often a kind was chosen where another fitted better, most frequent first. */
  mismatches: Mismatch[];
}

const byCountThenName =
  <T extends { count: number }>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || name(a).localeCompare(name(b));

/** The pattern over the role-plays `known` lists (retired role-plays are left out). */
export function practicePattern(progress: Progress, known: readonly string[]): PracticePattern {
  const reached = new Map<string, number>();
  const missed = new Map<string, Mismatch>();
  let decisions = 0;
  for (const id of known) {
    for (const [chosen, row] of Object.entries(progress.roleplays[id]?.replies ?? {})) {
      for (const [fitted, count] of Object.entries(row)) {
        decisions += count;
        reached.set(chosen, (reached.get(chosen) ?? 0) + count);
        if (chosen === fitted) continue;
        const key = `${chosen} ${fitted}`;
        const mismatch = missed.get(key) ?? { chosen, fitted, count: 0 };
        missed.set(key, { ...mismatch, count: mismatch.count + count });
      }
    }
  }
  return {
    decisions,
    reachedFor: [...reached].map(([skill, count]) => ({ skill, count })).sort(byCountThenName((item) => item.skill)),
    mismatches: [...missed.values()].filter((item) => item.count > 0).sort(byCountThenName((item) => item.chosen + item.fitted)),
  };
}

/** Where to practise a skill: a role-play and its module. */
export interface PracticeTarget {
  roleplay: string;
  module: string;
  title: string;
}

interface ScriptLike {
  id: string;
  data: { module: string; title: string; nodes: { choices: { skill: string; recommended: boolean }[] }[] };
}

/**
 * For each skill, the role-play whose recommended replies show it most often (the earliest in course
 * order on a tie): the best place to practise it. Worked out at build time from the scripts.
 */
export function practiceTargets(scripts: readonly ScriptLike[], moduleOrder: readonly string[]): Record<string, PracticeTarget> {
  const rank = (script: ScriptLike) => moduleOrder.indexOf(script.data.module);
  const best = new Map<string, { target: PracticeTarget; count: number; rank: number }>();
  for (const script of scripts) {
    const counts = new Map<string, number>();
    for (const node of script.data.nodes)
      for (const choice of node.choices) if (choice.recommended) counts.set(choice.skill, (counts.get(choice.skill) ?? 0) + 1);
    for (const [skill, count] of counts) {
      const held = best.get(skill);
      if (held && (held.count > count || (held.count === count && held.rank <= rank(script)))) continue;
      best.set(skill, { target: { roleplay: script.id, module: script.data.module, title: script.data.title }, count, rank: rank(script) });
    }
  }
  return Object.fromEntries([...best].map(([skill, { target }]) => [skill, target]));
}
