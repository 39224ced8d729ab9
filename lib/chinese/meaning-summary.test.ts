import { describe, expect, it } from 'vitest';
import type { Meaning } from './describe-word';
import { summarizeMeanings } from './meaning-summary';

const DE: Meaning[] = [
  { pinyin: 'de', definitions: ["of; ~'s (possessive particle)", '(used after an attribute when it modifies a noun)'] },
  { pinyin: 'dī', definitions: ['a taxi; a cab (abbr. for 的士[di1 shi4])'] },
  { pinyin: 'dí', definitions: ['really and truly'] },
];

describe('summarizeMeanings', () => {
  it('gives the senses of the main reading only', () => {
    expect(summarizeMeanings(DE)).toEqual({ definitions: "of; ~'s (possessive particle); (used after an attribute when it modifies a noun)" });
  });

  it('adds the reading a search for English found the word through', () => {
    expect(summarizeMeanings(DE, 'taxi')).toEqual({
      definitions: "of; ~'s (possessive particle); (used after an attribute when it modifies a noun)",
      matchedReading: { pinyin: 'dī', definitions: 'a taxi; a cab (abbr. for 的士[di1 shi4])' },
    });
    expect(summarizeMeanings(DE, 'TRULY')?.matchedReading?.pinyin).toBe('dí');
  });

  it('adds nothing when the main reading matches the search too, or when the match is inside a word', () => {
    expect(summarizeMeanings(DE, 'possessive')?.matchedReading).toBeUndefined();
    expect(summarizeMeanings(DE, 'axi')?.matchedReading).toBeUndefined();
    expect(summarizeMeanings(DE, 'de')?.matchedReading).toBeUndefined();
  });

  it('adds nothing for a search in characters, which finds words by their hanzi', () => {
    expect(summarizeMeanings(DE, '的')?.matchedReading).toBeUndefined();
    expect(summarizeMeanings(DE, '的士')?.matchedReading).toBeUndefined();
  });

  it('treats the search as text, not as a pattern', () => {
    expect(summarizeMeanings(DE, '(abbr.')?.matchedReading).toBeUndefined();
    expect(summarizeMeanings(DE, 'a cab (abbr.')?.matchedReading?.pinyin).toBe('dī');
    expect(summarizeMeanings(DE, '.*')?.matchedReading).toBeUndefined();
  });

  it('gives nothing for a word the dictionary does not have', () => {
    expect(summarizeMeanings([])).toBeNull();
  });
});
