import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HSK_DATA_FILE, hskDataFile, hskDataFromLexicon } from './hsk-data';
import { generalRank, generalRanks, wordLevels } from './general-rank';
import { hskLevel, isHskLevel } from './levels';

describe('hskLevel', () => {
  it('gives the HSK 2.0 level of a listed word', () => {
    expect(hskLevel('的')).toBe(1);
    expect(hskLevel('中国')).toBe(1);
    expect(hskLevel('因为')).toBe(2);
    expect(hskLevel('经济')).toBe(4);
    expect(hskLevel('发展')).toBe(4);
    expect(hskLevel('合作')).toBe(5);
    expect(hskLevel('开放')).toBe(5);
  });

  it('keeps the lower level of a word listed twice', () => {
    expect(hskLevel('还')).toBe(2);
    expect(hskLevel('得')).toBe(2);
    expect(hskLevel('喂')).toBe(1);
  });

  it('is null, "not in HSK", for a word no list has, even when its characters are listed', () => {
    expect(hskLevel('经济学')).toBeNull();
    expect(hskLevel('一带一路')).toBeNull();
    expect(hskLevel('碳中和')).toBeNull();
    expect(hskLevel('國家')).toBeNull();
    expect(hskLevel('')).toBeNull();
    expect(hskLevel('constructor')).toBeNull();
    expect(hskLevel('__proto__')).toBeNull();
  });

  it('tells a level from anything else', () => {
    expect([1, 2, 3, 4, 5, 6].every(isHskLevel)).toBe(true);
    for (const value of [0, 7, 1.5, -1, Number.NaN, '1', null, undefined]) expect(isHskLevel(value)).toBe(false);
  });
});

describe('general frequency rank', () => {
  it('ranks by jieba’s counts, 1 for the most counted word', () => {
    expect(generalRank('了')).toBe(1);
    expect(generalRank('是')).toBe(2);
    expect(generalRank('的')).toBe(9);
    expect(generalRank('中国')).toBe(40);
    expect(generalRank('经济')).toBe(114);
  });

  it('is null for a word jieba’s dictionary lacks', () => {
    expect(generalRank('一带一路')).toBeNull();
    expect(generalRank('新冠')).toBeNull();
    expect(generalRank('')).toBeNull();
    expect(generalRank('经济 ')).toBeNull();
  });

  it('gives words counted equally the same rank', () => {
    // Both are counted 3 times, as are 159,000 other words.
    const ranks = generalRanks(['1号店', 'AA制']);
    expect(ranks.get('1号店')).toBe(ranks.get('AA制'));
  });

  it('answers a whole list in one pass, the same as word by word', () => {
    const words = ['经济', '经济学', '的', '一带一路', '的', '发展'];
    expect(wordLevels(words)).toEqual(
      new Map([
        ['经济', { hskLevel: 4, generalRank: 114 }],
        ['经济学', { hskLevel: null, generalRank: generalRank('经济学') }],
        ['的', { hskLevel: 1, generalRank: 9 }],
        ['一带一路', { hskLevel: null, generalRank: null }],
        ['发展', { hskLevel: 4, generalRank: generalRank('发展') }],
      ]),
    );
  });
});

describe('the HSK data file', () => {
  it('is the one made from the installed chinese-lexicon (npm run levels writes it)', () => {
    expect(fs.readFileSync(HSK_DATA_FILE, 'utf8')).toBe(hskDataFile(hskDataFromLexicon()));
  });

  it('holds the six HSK 2.0 levels, each word once', () => {
    const { levels } = JSON.parse(fs.readFileSync(HSK_DATA_FILE, 'utf8')) as { levels: string[][] };
    expect(levels.map((words) => words.length)).toEqual([150, 151, 297, 598, 1300, 2499]);
    expect(new Set(levels.flat()).size).toBe(4995);
  });
});
