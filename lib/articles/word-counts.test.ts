import { describe, expect, it } from 'vitest';
import { countArticleWords, coverage, type CountedMark } from './word-counts';

const marks: Record<number, CountedMark> = { 1: 'known', 2: 'learning', 3: 'ignored' };
const levels: Record<number, number> = { 1: 1, 2: 4, 4: 4, 5: 1 };
const count = (wordIds: number[], tokens: number[]) =>
  countArticleWords({ wordIds, tokens }, (id) => marks[id] ?? 'new', (id) => levels[id]);

describe('countArticleWords', () => {
  it('counts distinct words by mark and tokens of known and ignored words', () => {
    expect(count([1, 2, 3, 4, 6], [5, 2, 3, 1, 1])).toEqual({
      tokens: 12,
      distinctWords: 5,
      newWords: 2,
      learningWords: 1,
      knownWords: 1,
      ignoredWords: 1,
      knownTokens: 5,
      ignoredTokens: 3,
      mostlyHsk: 4,
    });
  });

  it('takes the lower level when two levels have as many words, and none without leveled words', () => {
    expect(count([1, 2, 4, 5], [1, 1, 1, 1]).mostlyHsk).toBe(1);
    expect(count([3, 6], [1, 1]).mostlyHsk).toBeNull();
  });

  it('gives an empty article no coverage rather than a division by zero', () => {
    expect(coverage(count([], []))).toEqual({ tokens: null, words: null });
    expect(coverage(count([3], [4]))).toEqual({ tokens: null, words: null });
    expect(coverage(count([1, 3, 6], [6, 4, 2]))).toEqual({ tokens: 0.75, words: 0.5 });
  });
});
