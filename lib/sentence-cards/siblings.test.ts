import { describe, expect, it } from 'vitest';
import { isBuried, wordCardLetsSentenceIn } from './siblings';

describe('a word’s two cards', () => {
  it('introduce the sentence card once the word card has graduated, or the word is known', () => {
    expect(wordCardLetsSentenceIn({ state: 'NEW', status: 'ACTIVE' })).toBe(false);
    expect(wordCardLetsSentenceIn({ state: 'LEARNING', status: 'ACTIVE' })).toBe(false);
    expect(wordCardLetsSentenceIn({ state: 'REVIEW', status: 'ACTIVE' })).toBe(true);
    expect(wordCardLetsSentenceIn({ state: 'RELEARNING', status: 'ACTIVE' })).toBe(true);
    expect(wordCardLetsSentenceIn({ state: 'NEW', status: 'KNOWN' })).toBe(true);
    expect(wordCardLetsSentenceIn({ state: 'NEW', status: 'IGNORED' })).toBe(false);
  });

  it('bury a card for the day once its sibling was answered, but not for its own answers or another word’s', () => {
    const answered = [
      { wordId: 1, kind: 'WORD' as const },
      { wordId: 2, kind: 'SENTENCE' as const },
    ];
    expect(isBuried({ wordId: 1, kind: 'SENTENCE' }, answered)).toBe(true);
    expect(isBuried({ wordId: 2, kind: 'WORD' }, answered)).toBe(true);
    expect(isBuried({ wordId: 1, kind: 'WORD' }, answered)).toBe(false);
    expect(isBuried({ wordId: 2, kind: 'SENTENCE' }, answered)).toBe(false);
    expect(isBuried({ wordId: 3, kind: 'SENTENCE' }, answered)).toBe(false);
    expect(isBuried({ wordId: 1, kind: 'SENTENCE' }, [])).toBe(false);
  });
});
