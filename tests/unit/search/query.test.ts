import { describe, expect, it } from 'vitest';
import { looksSpanish, normalizeQuery, searchQuery, searchWords, worthSearchingWhileTyping } from '../../../src/lib/search/query';

describe('what the search box sends to Pagefind', () => {
  it('drops the common words of a long question, keeping the ones that say what is needed', () => {
    expect(searchQuery('my mentee said she wants to die')).toBe('wants die');
    expect(searchQuery('mentee asks to borrow money for rent')).toBe('borrow money rent');
  });

  it('keeps words that change the meaning', () => {
    expect(searchQuery('I want to kill myself')).toBe('want kill myself');
    expect(searchQuery('friend not breathing blue lips')).toBe('friend not breathing blue lips');
  });

  it('searches a short query as typed', () => {
    expect(searchQuery('kill myself')).toBe('kill myself');
    expect(searchQuery('to be')).toBe('to be');
  });

  it('keeps a long question made only of common words rather than searching for nothing', () => {
    expect(searchWords('what should I do')).toEqual(['what', 'should', 'i', 'do']);
  });

  it('corrects misspellings of the words that matter most', () => {
    expect(searchQuery('sucide warning signs')).toBe('suicide warning signs');
    expect(searchQuery('how to use narcon')).toBe('use narcan');
    expect(searchQuery('Bounderies')).toBe('boundaries');
  });

  it('ignores case, curly apostrophes and punctuation', () => {
    expect(normalizeQuery('  He’s NOT waking up!!  ')).toBe("he's not waking up");
    expect(normalizeQuery('"quotes" - and -dashes-')).toBe('quotes and dashes');
    expect(normalizeQuery('¿Quiero morir?')).toBe('quiero morir');
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('a search that looks Spanish, offered in the Spanish edition from an English page', () => {
  it('sees Spanish letters and common Spanish words', () => {
    for (const query of ['español', 'quiero morir', 'ayuda', '¿qué hago?', 'tratamiento cerca', 'línea de crisis', 'escucha activa'])
      expect(looksSpanish(query), query).toBe(true);
  });

  it('leaves English searches alone, even with words both languages share', () => {
    for (const query of ['boundaries', 'crisis line', 'alcohol', 'naloxone', 'open questions', 'mentor self-care'])
      expect(looksSpanish(query), query).toBe(false);
  });
});

describe('searching while someone types', () => {
  it('waits for a word of two characters: one letter matches most of the index', () => {
    for (const query of ['', ' ', 'o', 'O ', '9', 'ñ', 'a b', '¿y?', "'s"]) expect(worthSearchingWhileTyping(query), query).toBe(false);
  });
  it('searches from the second character on, in any language, digits too', () => {
    for (const query of ['ov', '91', 'ña', 'a bo', 'I want', '¿sí']) expect(worthSearchingWhileTyping(query), query).toBe(true);
  });
});
