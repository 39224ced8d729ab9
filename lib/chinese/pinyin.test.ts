import { describe, expect, it } from 'vitest';
import { joinSyllables, normalizePinyinQuery, numberedToMarked, plainPinyin, toneMarkedKey } from './pinyin';

describe('numberedToMarked', () => {
  it('places tone marks by the standard rules', () => {
    expect(numberedToMarked('zhong4 da4')).toEqual(['zhòng', 'dà']);
    expect(numberedToMarked('xue2 sheng5')).toEqual(['xué', 'sheng']);
    expect(numberedToMarked('gou3 liu2 gui4')).toEqual(['gǒu', 'liú', 'guì']);
    expect(numberedToMarked('nu:3 lu:4 lv4')).toEqual(['nǚ', 'lǜ', 'lǜ']);
    expect(numberedToMarked('Wang2 Yi4')).toEqual(['Wáng', 'Yì']);
    expect(numberedToMarked('er2 r5')).toEqual(['ér', 'r']);
    expect(numberedToMarked('A A zhi4 ·')).toEqual(['A', 'A', 'zhì', '·']);
  });
});

describe('joinSyllables', () => {
  it('follows Hanyu Pinyin word orthography', () => {
    expect(joinSyllables(['zhòng', 'dà'])).toBe('zhòngdà');
    expect(joinSyllables(['Xī', 'ān'])).toBe("Xī'ān");
    expect(joinSyllables(['nǚ', 'ér'])).toBe("nǚ'ér");
    expect(joinSyllables(['Wáng', 'Yì'])).toBe('Wáng Yì');
    expect(joinSyllables(['Zhōng', 'guó'])).toBe('Zhōngguó');
  });
});

describe('search keys', () => {
  it('strip tones for the plain key and keep them for the marked key', () => {
    expect(plainPinyin('Zhòngdà')).toBe('zhongda');
    expect(plainPinyin("nǚ'ér")).toBe('nver');
    expect(toneMarkedKey('Wáng Yì')).toBe('wángyì');
  });

  it.each([
    ['zhongda', 'zhongda', null],
    ['zhong da', 'zhongda', null],
    ['zhòngdà', 'zhongda', 'zhòngdà'],
    ['zhong4da4', 'zhongda', 'zhòngdà'],
    ['Zhong4 da4', 'zhongda', 'zhòngdà'],
    ['nv3', 'nv', 'nǚ'],
    ['nü', 'nv', null],
    ['重大', '', null],
    ['to rebuild?', '', null],
  ])('reads the query %j', (query, plain, marked) => {
    expect(normalizePinyinQuery(query)).toEqual({ plain, marked });
  });
});
