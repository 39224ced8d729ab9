import { describe, expect, it } from 'vitest';
import { syntheticArticles, type SyntheticArticlesInput } from './synthetic-articles';

const INPUT: SyntheticArticlesInput = {
  seed: 3,
  words: 120,
  articles: 3,
  templates: [
    ['我们', '坚持', '改革', '开放', '。'],
    ['中国', '经济', '稳定', '发展', '，', '人民', '生活', '改善', '。'],
  ],
  isWordToken: (token) => /^\p{Script=Han}+$/u.test(token),
  dictionaryWords: Array.from({ length: 400 }, (_, index) => String.fromCodePoint(0x4e00 + index * 3) + String.fromCodePoint(0x4e01 + index * 5)),
  nameShare: 0.05,
};

describe('syntheticArticles', () => {
  const { words, articles } = syntheticArticles(INPUT);

  it('uses exactly the bank, every word at least once, names among them', () => {
    expect(words).toHaveLength(120);
    expect(new Set(words.map((word) => word.hanzi)).size).toBe(120);
    expect(words.every((word) => word.frequency >= 1)).toBe(true);
    expect(words.filter((word) => word.isName)).toHaveLength(6);
    expect(articles).toHaveLength(3);
  });

  it('places each occurrence where its word stands in the sentence, and counts them as the frequency', () => {
    const counted = new Array(words.length).fill(0);
    for (const article of articles) {
      for (const sentence of article.sentences) {
        sentence.occurrences.forEach((occurrence, index) => {
          expect(occurrence.tokenIndex).toBe(index);
          expect(sentence.text.slice(occurrence.start, occurrence.start + occurrence.length)).toBe(words[occurrence.word].hanzi);
          counted[occurrence.word] += 1;
        });
      }
    }
    expect(counted).toEqual(words.map((word) => word.frequency));
  });

  it('numbers words in the order they first appear, and is the same for the same seed', () => {
    const firstSeen: number[] = [];
    for (const article of articles) for (const sentence of article.sentences) for (const { word } of sentence.occurrences) if (!firstSeen.includes(word)) firstSeen.push(word);
    expect(firstSeen).toEqual(words.map((_, index) => index));
    expect(syntheticArticles(INPUT)).toEqual({ words, articles });
  });
});
