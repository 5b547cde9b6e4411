import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../../src/content/schemas/roleplays';
import { recordReplies } from '../../../src/lib/progress/actions';
import { mergeProgress } from '../../../src/lib/progress/merge';
import { emptyProgress, progressSchema, type Progress } from '../../../src/lib/progress/shape';
import { replay, type Step } from '../../../src/lib/roleplay/engine';
import { practicePattern, practiceTargets, replyKinds } from '../../../src/lib/roleplay/pattern';
import { learnerMove, saveLearnerMove } from '../../../src/lib/roleplay/session';
import { loadModules, loadRoleplays } from '../content-loader';

// The valid fixture: three decisions (n1 -> n2 -> n3); the recommended replies are an open question,
// a simple reflection and an open question. "bad" is judgement at each; "meh" at n3 is the righting reflex.
const script = roleplaySchema.parse(
  parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-roleplays', 'base.yaml'), 'utf8')),
);
const at = '2026-11-24T10:00:00.000Z';
const path = (...choices: string[]): Step[] => choices.map((choice, index) => ({ node: `n${index + 1}`, choice }));
const play = (progress: Progress, ...choices: string[]) =>
  saveLearnerMove(progress, 'fixture', learnerMove(script, path(...choices.slice(0, -1)), path(...choices)), at);

describe('the kinds of reply in a path', () => {
  it('pairs each choice’s skill with the skill of the recommended reply at the same moment', () => {
    expect(replyKinds(replay(script, path('good', 'bad', 'meh')))).toEqual([
      { chosen: 'open-question', fitted: 'open-question' },
      { chosen: 'judgement', fitted: 'simple-reflection' },
      { chosen: 'righting-reflex', fitted: 'open-question' },
    ]);
  });

  it('treats a choice as fitting when a node has no recommended reply (only a broken script could)', () => {
    const node = {
      id: 'x',
      says: 'Hi',
      thought: 'Hmm',
      choices: [{ id: 'a', line: 'Hi', skill: 'silence', rapport: 0, feedback: '', recommended: false, next: 'e' }],
    };
    expect(replyKinds({ taken: [{ node, choice: node.choices[0]! }] })).toEqual([{ chosen: 'silence', fitted: 'silence' }]);
  });
});

describe('recording the kinds of reply when a role-play ends', () => {
  it('counts every decision of a finished attempt, adding up over attempts', () => {
    const once = play(emptyProgress(), 'good', 'bad', 'meh');
    expect(once.roleplays.fixture?.replies).toEqual({
      'open-question': { 'open-question': 1 },
      judgement: { 'simple-reflection': 1 },
      'righting-reflex': { 'open-question': 1 },
    });
    const twice = play(once, 'bad', 'bad', 'meh');
    expect(twice.roleplays.fixture?.replies).toEqual({
      'open-question': { 'open-question': 1 },
      judgement: { 'simple-reflection': 2, 'open-question': 1 },
      'righting-reflex': { 'open-question': 2 },
    });
    expect(progressSchema.safeParse(twice).success).toBe(true);
  });

  it('counts nothing for a move that does not end the role-play', () => {
    expect(play(emptyProgress(), 'good', 'bad').roleplays.fixture?.replies).toBeUndefined();
    expect(recordReplies(emptyProgress(), 'fixture', [])).toEqual(emptyProgress());
  });

  it('keeps the larger count of each pair when merging two devices, so a file imported back is not counted twice', () => {
    const device = play(play(emptyProgress(), 'good', 'bad', 'meh'), 'good', 'bad', 'meh');
    const file = play(emptyProgress(), 'bad', 'good', 'good');
    expect(mergeProgress(device, file).roleplays.fixture?.replies).toEqual({
      'open-question': { 'open-question': 2 },
      judgement: { 'simple-reflection': 2, 'open-question': 1 },
      'righting-reflex': { 'open-question': 2 },
      'simple-reflection': { 'simple-reflection': 1 },
    });
    expect(mergeProgress(device, device)).toEqual(device);
    expect(mergeProgress(emptyProgress(), file).roleplays.fixture?.replies).toEqual(file.roleplays.fixture?.replies);
  });

  it('refuses saved reply counts that are not skill ids or grow beyond their bound', () => {
    const withReplies = (replies: unknown) => ({ ...emptyProgress(), roleplays: { fixture: { attempts: 1, skillsUsed: [], replies } } });
    expect(progressSchema.safeParse(withReplies({ 'open-question': { summary: 2 } })).success).toBe(true);
    expect(progressSchema.safeParse(withReplies({ 'Not An Id': { summary: 2 } })).success).toBe(false);
    expect(progressSchema.safeParse(withReplies({ summary: { summary: -1 } })).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, index) => [`skill-${index}`, 1]));
    expect(progressSchema.safeParse(withReplies({ summary: many })).success).toBe(false);
    expect(progressSchema.safeParse(withReplies(Object.fromEntries(Object.keys(many).map((key) => [key, {}])))).success).toBe(false);
  });
});

describe('the practice pattern across role-plays', () => {
  const progress = (() => {
    let p = play(emptyProgress(), 'good', 'bad', 'meh');
    p = play(p, 'bad', 'bad', 'meh');
    p = recordReplies(p, 'other', [
      { chosen: 'righting-reflex', fitted: 'open-question' },
      { chosen: 'righting-reflex', fitted: 'complex-reflection' },
    ]);
    return recordReplies(p, 'retired', [{ chosen: 'silence', fitted: 'summary' }]);
  })();

  it('counts the kinds reached for and, most frequent first, where another kind fitted better', () => {
    const pattern = practicePattern(progress, ['fixture', 'other']);
    expect(pattern.decisions).toBe(8);
    expect(pattern.reachedFor).toEqual([
      { skill: 'righting-reflex', count: 4 },
      { skill: 'judgement', count: 3 },
      { skill: 'open-question', count: 1 },
    ]);
    expect(pattern.mismatches).toEqual([
      { chosen: 'righting-reflex', fitted: 'open-question', count: 3 },
      { chosen: 'judgement', fitted: 'simple-reflection', count: 2 },
      { chosen: 'judgement', fitted: 'open-question', count: 1 },
      { chosen: 'righting-reflex', fitted: 'complex-reflection', count: 1 },
    ]);
  });

  it('leaves out role-plays no longer in the content, and is empty before any role-play is finished', () => {
    expect(practicePattern(progress, ['retired']).mismatches).toEqual([{ chosen: 'silence', fitted: 'summary', count: 1 }]);
    expect(practicePattern(progress, ['fixture', 'other']).reachedFor.some((item) => item.skill === 'silence')).toBe(false);
    expect(practicePattern(emptyProgress(), ['fixture'])).toEqual({ decisions: 0, reachedFor: [], mismatches: [] });
  });

  it('has no mismatches when every kind fitted', () => {
    const pattern = practicePattern(play(emptyProgress(), 'good', 'good', 'good'), ['fixture']);
    expect(pattern).toMatchObject({ decisions: 3, mismatches: [] });
  });
});

describe('where to practise a skill', () => {
  const scripts = loadRoleplays().flatMap((file) => (file.data ? [{ id: file.id, data: file.data }] : []));
  const order = [...loadModules()].sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0)).map((module) => module.id);
  const targets = practiceTargets(scripts, order);

  it('is a role-play whose recommended replies show that skill, for every skill a recommended reply shows', () => {
    const recommended = new Set(
      scripts.flatMap((s) => s.data.nodes.flatMap((node) => node.choices.filter((c) => c.recommended).map((c) => c.skill))),
    );
    expect(Object.keys(targets).sort()).toEqual([...recommended].sort());
    for (const [skill, target] of Object.entries(targets)) {
      const script = scripts.find((candidate) => candidate.id === target.roleplay)!;
      expect(script.data.module).toBe(target.module);
      expect(script.data.nodes.some((node) => node.choices.some((c) => c.recommended && c.skill === skill))).toBe(true);
    }
  });

  it('prefers the role-play with the most such replies, then the earliest module', () => {
    const node = (skill: string) => ({ choices: [{ skill, recommended: true }] });
    const make = (id: string, module: string, skills: string[]) => ({ id, data: { module, title: id, nodes: skills.map(node) } });
    const picked = practiceTargets(
      [make('late-two', 'b', ['summary', 'summary']), make('early-one', 'a', ['summary', 'boundary']), make('late-one', 'b', ['boundary'])],
      ['a', 'b'],
    );
    expect(picked.summary?.roleplay).toBe('late-two');
    expect(picked.boundary?.roleplay).toBe('early-one');
  });
});
