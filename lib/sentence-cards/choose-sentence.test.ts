import { describe, expect, it } from 'vitest';
import { goodCardSentences, isGoodCardSentence, isHeading, nextCardSentence, timesWritten, type CandidateSentence } from './choose-sentence';

const sentence = (id: number, text: string, extra: Partial<CandidateSentence> = {}): CandidateSentence => ({
  id,
  text,
  aloneInParagraph: false,
  articleTitle: '迎难而上 为国担当',
  ...extra,
});

describe('choosing the sentence of a sentence card', () => {
  it('refuses a sentence where the word is written twice, since the second gives the blank away', () => {
    expect(isGoodCardSentence('合作', sentence(1, '我们坚持合作共赢，深化合作，推动各国共同发展。'))).toBe(false);
    expect(isGoodCardSentence('合作', sentence(2, '我们坚持互利共赢，深化合作，推动各国共同发展。'))).toBe(true);
  });

  it('counts the word inside longer words too', () => {
    expect(timesWritten('国家主席和国家总理', '国家')).toBe(2);
    expect(timesWritten('哈哈哈', '哈哈')).toBe(2);
    expect(isGoodCardSentence('国家', sentence(1, '国家主席在会上同国家总理进行了会谈。'))).toBe(false);
  });

  it('refuses tiny and huge sentences', () => {
    expect(isGoodCardSentence('合作', sentence(1, '深化合作。'))).toBe(false);
    expect(isGoodCardSentence('合作', sentence(2, `深化合作，${'推动各国共同发展'.repeat(12)}。`))).toBe(false);
  });

  it('refuses headings: a short paragraph of its own without an end mark, or the article title', () => {
    expect(isHeading(sentence(1, '一、坚持合作共赢', { aloneInParagraph: true }))).toBe(true);
    expect(isHeading(sentence(2, '坚持合作共赢，推动构建人类命运共同体', { aloneInParagraph: false }))).toBe(false);
    expect(isHeading(sentence(3, '我们坚持合作共赢，推动各国共同发展。', { aloneInParagraph: true }))).toBe(false);
    expect(isHeading(sentence(4, '迎难而上 为国担当'))).toBe(true);
    expect(isGoodCardSentence('合作', sentence(5, '一、坚持合作共赢的方针', { aloneInParagraph: true }))).toBe(false);
  });

  it('puts whole sentences near the ideal length first, then the earliest', () => {
    const ranked = goodCardSentences('合作', [
      sentence(1, '深化合作，推动各国共同发展，构建人类命运共同体，维护世界和平与稳定，促进共同繁荣'),
      sentence(2, `我们坚持互利共赢，深化合作，${'推动各国共同发展'.repeat(5)}。`),
      sentence(3, '我们坚持互利共赢，深化合作，推动各国共同发展。'),
      sentence(4, '各国深化合作，推动共同发展。'),
      sentence(5, '我们坚持互利共赢，深化合作，推动各国共同发展！'),
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual([3, 5, 4, 2, 1]);
  });

  it('cycles through the good sentences for "Another sentence", skipping bad ones', () => {
    const candidates = [
      sentence(1, '我们坚持互利共赢，深化合作，推动各国共同发展。'),
      sentence(2, '合作合作合作合作合作。'),
      sentence(3, '各国深化合作，推动共同发展。'),
    ];
    expect(nextCardSentence('合作', candidates, 1)?.id).toBe(3);
    expect(nextCardSentence('合作', candidates, 3)?.id).toBe(1);
    // A sentence no longer among the good ones (or none yet) starts again at the best.
    expect(nextCardSentence('合作', candidates, 2)?.id).toBe(1);
    expect(nextCardSentence('合作', candidates, null)?.id).toBe(1);
    expect(nextCardSentence('合作', [candidates[1]], null)).toBeNull();
  });
});
