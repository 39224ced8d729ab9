import { describe, expect, it } from 'vitest';
import { loadCedict } from './cedict';
import { describeWord } from './describe-word';

const cedict = loadCedict();

describe('describeWord', () => {
  it.each([
    ['重大', 'zhòngdà'],
    ['重建', 'chóngjiàn'],
    ['朝着', 'cháozhe'],
    ['率先', 'shuàixiān'],
    ['长臂', 'chángbì'],
    ['增长', 'zēngzhǎng'],
    ['一个', 'yīge'],
    ['关系', 'guānxi'],
    ['王毅', 'Wáng Yì'],
    ['习近平', 'Xí Jìnpíng'],
    ['西安', "Xī'ān"],
    ['女儿', "nǚ'ér"],
  ])('reads %s as %s', (hanzi, pinyin) => {
    expect(describeWord(hanzi, cedict).pinyin).toBe(pinyin);
  });

  it('gives the meanings of the reading it shows first', () => {
    const word = describeWord('重大', cedict);
    expect(word.inDictionary).toBe(true);
    expect(word.meanings[0]).toEqual({ pinyin: 'zhòngdà', definitions: ['great', 'important', 'major', 'significant'] });
    expect(describeWord('关系', cedict).meanings[0]).toMatchObject({ pinyin: 'guānxi', note: 'measure word: 个' });
    expect(word.pinyinPlain).toBe('zhongda');
    expect(word.pinyinMarkedKey).toBe('zhòngdà');
  });

  it('drops cross-references when a reading has real meanings', () => {
    expect(describeWord('关系', cedict).meanings[0].definitions.some((definition) => definition.startsWith('variant of'))).toBe(false);
  });

  it('keeps the pinyin of a word the dictionary does not have, says so, and composes its meaning', () => {
    const word = describeWord('沉渣泛起', cedict);
    expect(word).toMatchObject({ pinyin: 'chénzhāfànqǐ', inDictionary: false });
    expect(word.meanings).toEqual([
      { pinyin: 'chénzhāfànqǐ', definitions: ['沉 to submerge · 渣 slag · 泛起 to appear'], composed: true },
    ]);
  });

  it('never gives a card without a meaning', () => {
    for (const hanzi of ['积极支持', '碳中', '多万份', '向世卫']) {
      expect(describeWord(hanzi, cedict).meanings[0].definitions[0], hanzi).toMatch(/\S/);
    }
  });
});
