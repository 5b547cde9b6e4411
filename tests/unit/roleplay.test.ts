import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../src/content/schemas/roleplays';
import { allPaths } from '../../src/lib/roleplay/graph';
import { debrief, recommendedPath } from '../../src/lib/roleplay/debrief';
import { choose, rapportLevel, replay, stepBack, type Step } from '../../src/lib/roleplay/engine';
import { loadRoleplays } from './content-loader';
import { baseRoleplay, fixtureFile, roleplayProblems } from './roleplay-fixture';

const base = baseRoleplay;
const problemsOf = roleplayProblems;

describe('role-play validation names the file and the node at fault', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(base())).toEqual([]);
  });

  it('rejects an unreachable node', () => {
    const script = base();
    script.nodes.push({ ...script.nodes[2]!, id: 'orphan' });
    expect(problemsOf(script)).toContainEqual(`${fixtureFile}: nodes.3.id: node "orphan" cannot be reached from the start`);
  });

  it('rejects a choice that leads to a missing node', () => {
    const script = base();
    script.nodes[1]!.choices[1]!.next = 'nowhere';
    expect(problemsOf(script)).toContainEqual(
      `${fixtureFile}: nodes.1.choices.1.next: node "n2", choice "bad": next points to "nowhere", which is not a node or an ending`,
    );
  });

  it('rejects a dead end (a node with no way on)', () => {
    const script = base();
    script.nodes[2]!.choices = [];
    expect(problemsOf(script).join('\n')).toMatch(/nodes\.2\.choices/);
  });

  it('rejects a loop, so every path ends', () => {
    const script = base();
    script.nodes[2]!.choices[2]!.next = 'n1';
    expect(problemsOf(script).join('\n')).toContain('the conversation loops: n1 -> n2 -> n3 -> n1');
  });

  it('rejects a node without exactly one recommended choice', () => {
    const script = base();
    script.nodes[0]!.choices[1]!.recommended = true;
    expect(problemsOf(script)).toContainEqual(`${fixtureFile}: nodes.0.choices: node "n1" needs exactly one recommended choice; it has 2`);
  });

  it('rejects a choice without coaching feedback', () => {
    const script = base();
    delete script.nodes[0]!.choices[0]!.feedback;
    expect(problemsOf(script).join('\n')).toContain(`${fixtureFile}: nodes.0.choices.0.feedback`);
  });

  it('rejects an ending without a debrief', () => {
    const script = base();
    delete script.endings[1]!.debrief;
    expect(problemsOf(script).join('\n')).toContain(`${fixtureFile}: endings.1.debrief`);
  });

  it('rejects an ending id that a node already uses', () => {
    const script = base();
    script.endings[2]!.id = 'n3';
    expect(problemsOf(script)).toContainEqual(`${fixtureFile}: endings.2.id: ending id "n3" is already used by a node or ending`);
  });
});

describe('the role-play engine', () => {
  const script = roleplaySchema.parse(base());

  it('plays a path to an ending, counting rapport and skills', () => {
    let steps: Step[] = [];
    steps = choose(script, steps, 'good');
    steps = choose(script, steps, 'bad');
    const middle = replay(script, steps);
    expect(middle.node?.id).toBe('n3');
    expect(middle.rapport).toBe(-1);
    expect(middle.skillsUsed).toEqual(['open-question', 'judgement']);
    steps = choose(script, steps, 'good');
    const end = replay(script, steps);
    expect(end.ending?.id).toBe('end-strong');
    expect(end.node).toBeUndefined();
  });

  it('steps back and ignores choices that are not on offer', () => {
    const steps = choose(script, choose(script, [], 'good'), 'good');
    expect(replay(script, stepBack(steps)).node?.id).toBe('n2');
    expect(choose(script, steps, 'no-such-choice')).toEqual(steps);
  });

  it('resumes saved steps only as far as they still fit the script', () => {
    const saved: Step[] = [
      { node: 'n1', choice: 'good' },
      { node: 'n2', choice: 'renamed' },
      { node: 'n3', choice: 'good' },
    ];
    const state = replay(script, saved);
    expect(state.taken).toHaveLength(1);
    expect(state.node?.id).toBe('n2');
  });

  it('compares the path taken with the recommended one in the debrief', () => {
    const state = replay(script, [
      { node: 'n1', choice: 'bad' },
      { node: 'n2', choice: 'good' },
      { node: 'n3', choice: 'meh' },
    ]);
    const rows = debrief(state);
    expect(rows.map((row) => row.matched)).toEqual([false, true, false]);
    expect(rows[0]!.node.thought).toBe('Testing.');
    expect(recommendedPath(script).map(({ choice }) => choice.id)).toEqual(['good', 'good', 'good']);
  });

  it('describes rapport in words', () => {
    expect([-5, -1, 0, 2, 5].map(rapportLevel)).toEqual(['pulling-away', 'guarded', 'steady', 'warming', 'open']);
  });
});

describe('every path of every real role-play plays to an ending', () => {
  for (const entry of loadRoleplays()) {
    it(entry.file, () => {
      if (!entry.data) return; // schema problems are reported by content-files.test.ts
      const script = entry.data;
      for (const path of allPaths(script)) {
        let steps: Step[] = [];
        for (const [, choice] of path.steps) steps = choose(script, steps, choice);
        const state = replay(script, steps);
        expect(state.ending?.id, `${entry.file}: path ${path.steps.map(([n, c]) => `${n}/${c}`).join(' -> ')}`).toBe(path.ending);
        expect(debrief(state)).toHaveLength(path.steps.length);
      }
    });
  }
});
