/** Small dilemmas for the lib tests: the shape the content collection gives, with words short enough to read. */
import type { DilemmaData, DilemmaTopicId } from '../../../src/content/schemas/dilemmas';
import type { DilemmaEntry } from '../../../src/lib/dilemmas/bank';

export function dilemma(id: string, topic: DilemmaTopicId, title: string, extra: Partial<DilemmaData> = {}): DilemmaEntry {
  return {
    id,
    data: {
      title,
      topic,
      situation: `The situation of ${title}.`,
      question: 'What do you do first?',
      options: [
        { id: 'a', text: 'Say yes.', correct: false, feedback: 'It crosses a line.' },
        { id: 'b', text: 'Ask your supervisor.', correct: true, feedback: 'You do not decide alone.' },
        { id: 'c', text: 'Say nothing.', correct: false, feedback: 'Silence leaves it unclear.' },
      ],
      reasoning: 'Notice, facts, who is affected, options, consult, act, review.',
      discussion: ['What would you say?'],
      reviewed: new Date('2026-11-29'),
      ...extra,
    },
  };
}
