import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../src/content/schemas/roleplays';
import { emptyProgress } from '../../src/lib/progress/shape';
import { endingResources, learnerDebrief } from '../../src/lib/roleplay/debrief';
import { chooseAt, nodeAt, rapportAfter, replay, stepBack, stepsOf, type Step } from '../../src/lib/roleplay/engine';
import { choiceOrder } from '../../src/lib/roleplay/order';
import { learnerMove, saveLearnerMove } from '../../src/lib/roleplay/session';
import { roleplayView, startRolePlayRoom } from '../../src/lib/room/roleplay-room';

// The valid fixture: three decisions (n1 -> n2 -> n3), "good" is recommended at each.
const script = roleplaySchema.parse(parse(readFileSync(join(import.meta.dirname, 'fixtures', 'broken-roleplays', 'base.yaml'), 'utf8')));
const at = '2026-11-24T10:00:00.000Z';
const path = (...choices: string[]): Step[] => choices.map((choice, index) => ({ node: `n${index + 1}`, choice }));

describe('a learner’s role-play session', () => {
  it('counts an attempt when a new choice reaches an ending', () => {
    const move = learnerMove(script, path('good', 'bad'), path('good', 'bad', 'meh'));
    expect(move.endsAttempt).toBe(true);
    const progress = saveLearnerMove(emptyProgress(), 'fixture', move, at);
    expect(progress.roleplays.fixture).toMatchObject({ attempts: 1, lastEnding: 'end-mixed', bestOutcome: 'mixed', completedAt: at });
    expect(progress.roleplays.fixture?.skillsUsed).toEqual(['open-question', 'judgement', 'righting-reflex']);
    expect(progress.roleplays.fixture?.current?.steps).toEqual(path('good', 'bad', 'meh'));
  });

  it('does not count stepping back, starting over, or a move that stays at the same ending', () => {
    const ended = path('good', 'good', 'good');
    expect(learnerMove(script, ended, stepBack(ended)).endsAttempt).toBe(false);
    expect(learnerMove(script, ended, []).endsAttempt).toBe(false);
    expect(learnerMove(script, ended, ended).endsAttempt).toBe(false);
    const progress = saveLearnerMove(emptyProgress(), 'fixture', learnerMove(script, ended, []), at);
    expect(progress.roleplays.fixture).toEqual({ attempts: 0, skillsUsed: [] });
  });

  it('saves the position of an unfinished role-play, and what the learner now sees', () => {
    const move = learnerMove(script, [], path('bad'));
    expect(move.endsAttempt).toBe(false);
    expect(move.state.node?.id).toBe('n2');
    expect(saveLearnerMove(emptyProgress(), 'fixture', move, at).roleplays.fixture).toEqual({
      attempts: 0,
      skillsUsed: [],
      current: { steps: path('bad'), updatedAt: at },
    });
  });
});

describe('the role-play state, derived once', () => {
  it('is replayed once per steps array and shared after that', () => {
    const steps = path('good', 'bad');
    expect(replay(script, steps)).toBe(replay(script, steps));
    expect(replay(script, [...steps])).toEqual(replay(script, steps));
  });

  it('answers questions about any decision without another replay', () => {
    const state = replay(script, path('good', 'bad', 'nope'));
    expect(stepsOf(state)).toEqual(path('good', 'bad'));
    expect(nodeAt(state, 0)?.id).toBe('n1');
    expect(nodeAt(state, 2)?.id).toBe('n3'); // the node waiting now
    expect(nodeAt(state, 3)).toBeUndefined();
    expect([0, 1, 2].map((count) => rapportAfter(state, count))).toEqual([0, 1, -1]);
    expect(rapportAfter(state, 2)).toBe(state.rapport);
  });

  it('chooses at a past decision by replacing the path from there, and ignores a reply not on offer', () => {
    const state = replay(script, path('good', 'good', 'good'));
    expect(chooseAt(state, 1, 'bad')).toEqual(path('good', 'bad'));
    expect(chooseAt(state, 1, 'nope')).toEqual(path('good'));
  });
});

describe('the learner debrief', () => {
  it('waits for an ending, then lists each moment and the recommended replies missed', () => {
    expect(learnerDebrief(replay(script, path('good')))).toBeUndefined();
    const result = learnerDebrief(replay(script, path('bad', 'good', 'meh')))!;
    expect(result.ending.id).toBe('end-mixed');
    expect(result.rows.map((row) => row.matched)).toEqual([false, true, false]);
    expect(result.missed.map(({ node, recommended }) => `${node.id}:${recommended.id}`)).toEqual(['n1:good', 'n3:good']);
  });

  it('links the resources the ending names, in the order they were looked up', () => {
    const resources = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ];
    expect(endingResources({ resources: ['c', 'a', 'missing'] }, resources).map((resource) => resource.id)).toEqual(['a', 'c']);
    expect(endingResources({ resources: [] }, resources)).toEqual([]);
  });
});

describe('reply order', () => {
  it('is the same for a learner and a room, so the room’s letters match the module page', () => {
    const node = script.nodes[2]!;
    const learner = choiceOrder('some-script', node).map((choice) => choice.id);
    const room = roleplayView('some-script', script, { ...startRolePlayRoom(), steps: path('good', 'good'), at: 8 }).options.map(
      ({ choice }) => choice.id,
    );
    expect(room).toEqual(learner);
    expect([...learner].sort()).toEqual(['bad', 'good', 'meh']);
  });
});
