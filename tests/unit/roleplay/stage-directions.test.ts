import { describe, expect, it } from 'vitest';
import { splitStageDirections, spokenWords } from '../../../src/lib/roleplay/stage-directions';

describe('stage directions inside a line', () => {
  it('split out a direction that opens the line', () => {
    expect(splitStageDirections("(He rubs his face.) I don't wanna talk about it.")).toEqual([
      { kind: 'direction', text: 'He rubs his face.' },
      { kind: 'speech', text: "I don't wanna talk about it." },
    ]);
    expect(splitStageDirections("(whispering) I can't talk about this.")[0]).toEqual({ kind: 'direction', text: 'whispering' });
  });

  it('split out a direction in the middle or at the end of a line', () => {
    expect(splitStageDirections('I am on your side. (A paramedic comes over to you. Quietly:) He has been drinking.')).toEqual([
      { kind: 'speech', text: 'I am on your side.' },
      { kind: 'direction', text: 'A paramedic comes over to you. Quietly:' },
      { kind: 'speech', text: 'He has been drinking.' },
    ]);
    expect(splitStageDirections('(You grab your coat and slip out the side door.)')).toEqual([
      { kind: 'direction', text: 'You grab your coat and slip out the side door.' },
    ]);
  });

  it('leave spoken asides in brackets alone', () => {
    expect(splitStageDirections('Her probation officer (PO) knows.')).toEqual([
      { kind: 'speech', text: 'Her probation officer (PO) knows.' },
    ]);
    expect(splitStageDirections('Contact 988 together (911 if the danger is immediate).')).toHaveLength(1);
    expect(splitStageDirections('Hello.')).toEqual([{ kind: 'speech', text: 'Hello.' }]);
  });

  it('keep only the words for a card that gives its own direction', () => {
    expect(spokenWords("No. God, no. (He grabs his keys and stands up.) I'm driving home.")).toBe("No. God, no. I'm driving home.");
    expect(spokenWords('(He shrugs.)')).toBe('');
  });
});
