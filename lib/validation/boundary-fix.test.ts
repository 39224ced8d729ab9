import { describe, expect, it } from 'vitest';
import { parseBoundaryForm, parseIndex } from './boundary-fix';

const form = (fields: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
};

describe('a boundary fix sent from the reading view', () => {
  it('reads a join and a split', () => {
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '7'], ['tokenIndex', '0']]))).toEqual({ articleId: 1, sentenceId: 7, tokenIndex: 0 });
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '7'], ['tokenIndex', '5'], ['splitAt', '2'], ['hanzi', '负责任']]))).toEqual({ articleId: 1, sentenceId: 7, tokenIndex: 5, splitAt: 2, hanzi: '负责任' });
  });

  it.each([
    ['2147483648', '1', '0'],
    ['1e3', '1', '0'],
    ['0x10', '1', '0'],
    ['-1', '1', '0'],
    ['0', '1', '0'],
    ['1', '1', '-1'],
    ['1', '1', '2147483648'],
    ['1', '1', '1.5'],
    ['1', '1', ' 1'],
    ['1', '1', '1\u0000'],
    ['1', '1', '9'.repeat(100_000)],
  ])('refuses article %s, sentence %s, word %s', (articleId, sentenceId, tokenIndex) => {
    expect(parseBoundaryForm(form([['articleId', articleId], ['sentenceId', sentenceId], ['tokenIndex', tokenIndex]]))).toBeNull();
  });

  it('refuses what no reading view sends: a missing, repeated, unknown or file field, or no form at all', () => {
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '1']]))).toBeNull();
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '1'], ['tokenIndex', '0'], ['tokenIndex', '1']]))).toBeNull();
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '1'], ['tokenIndex', '0'], ['userId', '2']]))).toBeNull();
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '1'], ['tokenIndex', new Blob(['0'])]]))).toBeNull();
    expect(parseBoundaryForm(form([['articleId', '1'], ['sentenceId', '1'], ['tokenIndex', '0'], ['hanzi', '字'.repeat(65)]]))).toBeNull();
    expect(parseBoundaryForm({ articleId: 1, sentenceId: 1, tokenIndex: 0 })).toBeNull();
    expect(parseBoundaryForm(null)).toBeNull();
  });

  it('reads places from 0 to 2^31 − 1 only', () => {
    expect(parseIndex('0')).toBe(0);
    expect(parseIndex('2147483647')).toBe(2147483647);
    expect(parseIndex('2147483648')).toBeNull();
    expect(parseIndex('01')).toBeNull();
    expect(parseIndex(3)).toBeNull();
  });
});
