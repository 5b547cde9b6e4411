import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { roleplaySchema } from '../../../src/content/schemas/roleplays';
import { roomDebrief } from '../../../src/lib/room/roleplay-debrief';
import {
  back,
  count,
  currentScreen,
  forward,
  normalizeRolePlayRoom,
  pick,
  rolePlayRoomRules,
  roleplayScreens,
  roleplayView,
  startRolePlayRoom,
  type RolePlayRoom,
} from '../../../src/lib/room/roleplay-room';

// The valid fixture: three decisions (n1 -> n2 -> n3), "good" is recommended at each.
const script = roleplaySchema.parse(
  parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-roleplays', 'base.yaml'), 'utf8')),
);
const id = 'fixture';

const next = (room: RolePlayRoom) => forward(script, room).room;
/** Runs to the replies screen of the current decision, picks `choice` and records it. */
function decide(room: RolePlayRoom, choice: string): RolePlayRoom {
  let current = room;
  while (currentScreen(script, current).kind !== 'options') current = next(current);
  return next(pick(script, current, choice));
}

describe('room role-play: one screen at a time', () => {
  it('starts on the set-up, then shows the line, then the replies', () => {
    let room = startRolePlayRoom();
    expect(currentScreen(script, room)).toEqual({ kind: 'intro' });
    room = next(room);
    expect(currentScreen(script, room)).toEqual({ kind: 'line', index: 0 });
    expect(roleplayView(id, script, room).node?.says).toBe('Hello.');
    room = next(room);
    expect(currentScreen(script, room)).toEqual({ kind: 'options', index: 0 });
    expect(roleplayView(id, script, room).options.map((option) => option.letter)).toEqual(['A', 'B']);
  });

  it('will not reveal coaching until the room has picked a reply', () => {
    const atReplies = next(next(startRolePlayRoom()));
    const refused = forward(script, atReplies);
    expect(refused.blocked).toBe('choose-first');
    expect(refused.room).toBe(atReplies);

    const picked = pick(script, atReplies, 'bad');
    expect(roleplayView(id, script, picked).selected).toBe('bad');
    expect(picked.steps).toEqual([]); // picked, not yet recorded
    const recorded = next(picked);
    expect(currentScreen(script, recorded)).toEqual({ kind: 'feedback', index: 0 });
    expect(recorded.steps).toEqual([{ node: 'n1', choice: 'bad' }]);
    expect(roleplayView(id, script, recorded).recorded?.feedback).toBe('That sounds impatient.');
  });

  it('ignores a pick that is not on offer, or made away from the replies screen', () => {
    const atReplies = next(next(startRolePlayRoom()));
    expect(pick(script, atReplies, 'nope')).toBe(atReplies);
    const atLine = next(startRolePlayRoom());
    expect(pick(script, atLine, 'good')).toBe(atLine);
  });

  it('runs to the debrief, which is the last screen', () => {
    let room = decide(decide(decide(startRolePlayRoom(), 'good'), 'bad'), 'meh');
    room = next(room);
    expect(currentScreen(script, room)).toEqual({ kind: 'debrief' });
    expect(forward(script, room).blocked).toBe('at-end');
    expect(roleplayView(id, script, room).state.ending?.id).toBe('end-mixed');
    // intro + 3 decisions x (line, replies, coaching) + debrief
    expect(roleplayScreens(script, room.steps)).toHaveLength(11);
  });

  it('steps back through screens, and back at the start is refused', () => {
    const room = decide(startRolePlayRoom(), 'good');
    const previous = back(room).room;
    expect(currentScreen(script, previous)).toEqual({ kind: 'options', index: 0 });
    expect(roleplayView(id, script, previous).selected).toBe('good'); // the recorded reply shows
    expect(back(startRolePlayRoom()).blocked).toBe('at-start');
  });

  it('going back and recording the same reply keeps the rest of the path', () => {
    const room = decide(decide(startRolePlayRoom(), 'good'), 'good');
    let rewound = room;
    while (currentScreen(script, rewound).kind !== 'options' || roleplayView(id, script, rewound).decision !== 1)
      rewound = back(rewound).room;
    const again = next(rewound);
    expect(again.steps).toEqual(room.steps);
    expect(currentScreen(script, again)).toEqual({ kind: 'feedback', index: 0 });
  });

  it('going back and recording a different reply changes the path from there', () => {
    const room = decide(decide(startRolePlayRoom(), 'good'), 'good');
    let rewound = room;
    while (roleplayView(id, script, rewound).decision !== 1 || currentScreen(script, rewound).kind !== 'options')
      rewound = back(rewound).room;
    const changed = next(pick(script, rewound, 'bad'));
    expect(changed.steps).toEqual([{ node: 'n1', choice: 'bad' }]);
  });

  it('counts votes per reply, never below zero', () => {
    let room = next(next(startRolePlayRoom()));
    room = count(count(count(room, 'n1', 'good', 1), 'n1', 'good', 1), 'n1', 'bad', -1);
    const votes = Object.fromEntries(roleplayView(id, script, room).options.map((option) => [option.choice.id, option.votes]));
    expect(votes).toEqual({ good: 2, bad: 0 });
  });
});

describe('room role-play debrief', () => {
  it('compares the room’s path with the recommended path, with letters, thoughts and tallies', () => {
    let room = count(count(startRolePlayRoom(), 'n1', 'good', 1), 'n1', 'bad', 1);
    room = count(room, 'n1', 'bad', 1);
    room = decide(decide(decide(room, 'bad'), 'good'), 'good');
    const result = roomDebrief(id, script, room);
    expect(result.rows.map((row) => [row.node.id, row.chosen.id, row.recommended?.id, row.matched])).toEqual([
      ['n1', 'bad', 'good', false],
      ['n2', 'good', 'good', true],
      ['n3', 'good', 'good', true],
    ]);
    expect(result.matched).toBe(2);
    expect(result.followedRecommended).toBe(false);
    expect(result.rows[0]!.node.thought).toBe('Testing.');
    const n1 = result.rows[0]!;
    expect(n1.counted).toBe(true);
    expect(n1.tally.find((row) => row.optionId === 'bad')).toMatchObject({ votes: 2, percent: 67, leading: true });
    expect(n1.tally.find((row) => row.optionId === 'good')?.letter).toBe(n1.recommendedLetter);
    expect(result.rows[1]!.counted).toBe(false);
    expect(result.recommendedPath.map(({ node, choice }) => `${node.id}:${choice.id}`)).toEqual(['n1:good', 'n2:good', 'n3:good']);
  });

  it('says when the room followed the recommended path all the way', () => {
    const room = decide(decide(decide(startRolePlayRoom(), 'good'), 'good'), 'good');
    expect(roomDebrief(id, script, room)).toMatchObject({ matched: 3, followedRecommended: true });
  });
});

describe('the rules room mode runs a role-play by', () => {
  it('start, fit and move exactly as the functions above', () => {
    const rules = rolePlayRoomRules(script);
    const atReplies = rules.forward(rules.forward(rules.start()).room).room;
    expect(atReplies).toEqual(next(next(startRolePlayRoom())));
    expect(rules.forward(atReplies).blocked).toBe('choose-first');
    expect(rules.back(atReplies)).toEqual(back(atReplies));
    const kept: RolePlayRoom = { steps: [{ node: 'n1', choice: 'gone' }], at: 9, picked: null, tallies: {} };
    expect(rules.fit(kept)).toEqual(normalizeRolePlayRoom(script, kept));
  });
});

describe('one replay per step', () => {
  it('replays the script at most once per Next, and only when the room records a reply', () => {
    // Every replay reads the script's endings once, and nothing else in room mode does: count those reads.
    let replays = 0;
    const counted = {
      ...script,
      get endings() {
        replays++;
        return script.endings;
      },
    };
    const perNext: string[] = [];
    let room = startRolePlayRoom();
    roleplayView(id, counted, room); // the first screen is drawn before anyone presses Next
    for (let presses = 0; presses < 20 && currentScreen(counted, room).kind !== 'debrief'; presses++) {
      if (currentScreen(counted, room).kind === 'options') room = pick(counted, room, 'good');
      replays = 0;
      // What the island does on Next: the move, the screen's announcement, then drawing the new screen.
      room = forward(counted, room).room;
      roleplayView(id, counted, room);
      roleplayView(id, counted, room);
      if (currentScreen(counted, room).kind === 'debrief') roomDebrief(id, counted, room);
      perNext.push(`${currentScreen(counted, room).kind}:${replays}`);
    }
    const decision = ['line:0', 'options:0', 'feedback:1'];
    expect(perNext).toEqual([...decision, ...decision, ...decision, 'debrief:0']);
  });
});

describe('a kept room session is made to fit the script', () => {
  it('drops steps that no longer fit, keeps the position on a real screen, forgets a stale pick', () => {
    const kept: RolePlayRoom = {
      steps: [
        { node: 'n1', choice: 'good' },
        { node: 'n2', choice: 'gone' },
      ],
      at: 50,
      picked: 'gone',
      tallies: { n1: { good: 3 } },
    };
    const room = normalizeRolePlayRoom(script, kept);
    expect(room.steps).toEqual([{ node: 'n1', choice: 'good' }]);
    expect(currentScreen(script, room)).toEqual({ kind: 'options', index: 1 });
    expect(room.picked).toBeNull();
    expect(room.tallies).toEqual({ n1: { good: 3 } });
  });

  it('keeps a pick that is still on offer on the replies screen', () => {
    const kept: RolePlayRoom = { steps: [], at: 2, picked: 'bad', tallies: {} };
    expect(normalizeRolePlayRoom(script, kept)).toEqual(kept);
  });

  it('records nothing for a pick that is not on offer (a session edited by hand), and stays put', () => {
    const stale: RolePlayRoom = { steps: [], at: 2, picked: 'gone', tallies: {} };
    expect(forward(script, stale).room).toBe(stale);
  });
});
