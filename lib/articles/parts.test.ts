import { describe, expect, it } from 'vitest';
import { choosePart, splitIntoParts } from './parts';

/** Sentences numbered from 0, `perParagraph[i]` of them in paragraph i. */
const article = (perParagraph: number[]) =>
  perParagraph.flatMap((count, paragraph) => Array.from({ length: count }, () => ({ paragraph }))).map((sentence, position) => ({ ...sentence, position }));

describe('splitIntoParts', () => {
  it('keeps a short article in one part', () => {
    expect(splitIntoParts(article([3, 4, 2]), 10)).toEqual([{ first: 0, last: 8 }]);
  });

  it('starts a new part only at a paragraph, once the part has enough sentences', () => {
    expect(splitIntoParts(article([3, 3, 3, 3, 1]), 5)).toEqual([
      { first: 0, last: 5 },
      { first: 6, last: 11 },
      { first: 12, last: 12 },
    ]);
  });

  it('never cuts a paragraph, even one longer than a part', () => {
    expect(splitIntoParts(article([2, 12, 1]), 5)).toEqual([{ first: 0, last: 13 }, { first: 14, last: 14 }]);
  });

  it('has no parts for no sentences', () => {
    expect(splitIntoParts([], 5)).toEqual([]);
  });
});

describe('choosePart', () => {
  const parts = splitIntoParts(article([5, 5, 5]), 5);

  it('finds the part that holds a sentence, whatever part was asked for', () => {
    expect(choosePart(parts, 1, 12)).toBe(3);
    expect(choosePart(parts, null, 5)).toBe(2);
  });

  it('keeps a part number within the article: past the last gives the last, nonsense the first', () => {
    expect(choosePart(parts, 2, null)).toBe(2);
    expect(choosePart(parts, 99, null)).toBe(3);
    expect(choosePart(parts, 0, null)).toBe(1);
    expect(choosePart(parts, -4, null)).toBe(1);
    expect(choosePart(parts, Number.NaN, null)).toBe(1);
    expect(choosePart(parts, null, 999)).toBe(1);
    expect(choosePart([], 3, null)).toBe(1);
  });
});
