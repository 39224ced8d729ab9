import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/chinese/cedict';
import { cedictLexicon } from './lexicon';
import { sentenceUnits, type UnitKind } from './units';

const lexicon = cedictLexicon(loadCedict());

/** Units of a segmented sentence as "text:kind", skipping punctuation and digits. */
function units(segmented: string): string[] {
  const tokens: { text: string; start: number }[] = [];
  let offset = 0;
  for (const text of segmented.split(' ')) {
    tokens.push({ text, start: offset });
    offset += text.length;
  }
  return sentenceUnits(tokens, lexicon).map((unit) => `${unit.text}:${unit.kind}`);
}
const of = (...pairs: [string, UnitKind][]) => pairs.map(([text, kind]) => `${text}:${kind}`);

describe('numbers in a sentence', () => {
  it('never become cards, nor their 多/余/几 pieces; the measure word after them is a word', () => {
    expect(units('150 多个 国家')).toEqual(of(['多', 'number'], ['个', 'word'], ['国家', 'word']));
    expect(units('向 150 余国 提供')).toEqual(of(['向', 'word'], ['余', 'number'], ['国', 'word'], ['提供', 'word']));
    expect(units('300 多万份 检测 试剂盒')).toEqual(of(['多万', 'number'], ['份', 'word'], ['检测', 'word'], ['试剂', 'word'], ['盒', 'word']));
    expect(units('党 的 十九 届 五中全会')).toEqual(of(['党', 'word'], ['的', 'word'], ['十九', 'number'], ['届', 'word'], ['五中全会', 'word']));
    expect(units('第二十七次 会议')).toEqual(of(['第二十七', 'number'], ['次', 'word'], ['会议', 'word']));
    expect(units('未来 五年')).toEqual(of(['未来', 'word'], ['五', 'number'], ['年', 'word']));
  });

  it('leave the words that follow them: 美元 and 架次 are words', () => {
    expect(units('726.2 亿美元')).toEqual(of(['亿', 'number'], ['美元', 'word']));
    expect(units('2000 多架次 航班')).toEqual(of(['多', 'number'], ['架次', 'word'], ['航班', 'word']));
  });

  it('are words when the dictionary has them as words: 百年, 第一时间, 一些, and Ciku’s 十四五', () => {
    expect(units('百年 变局')).toEqual(of(['百年', 'word'], ['变局', 'word']));
    expect(units('第一 时间 发布')).toEqual(of(['第一时间', 'word'], ['发布', 'word']));
    expect(units('一些 国家')).toEqual(of(['一些', 'word'], ['国家', 'word']));
    expect(units('“ 十四五 ” 规划')).toEqual(of(['十四五', 'word'], ['规划', 'word']));
  });
});

describe('names in a sentence', () => {
  it('are the dictionary’s proper nouns and pairs of countries', () => {
    expect(units('王毅 会见 普京')).toEqual(of(['王毅', 'name'], ['会见', 'word'], ['普京', 'name']));
    expect(units('中拉 合作')).toEqual(of(['中拉', 'name'], ['合作', 'word']));
    expect(units('中 俄 团结')).toEqual(of(['中俄', 'name'], ['团结', 'word']));
  });

  it('are not words that merely have a surname reading (年, 都)', () => {
    expect(units('都 是 新 的 一年')).toEqual(of(['都', 'word'], ['是', 'word'], ['新', 'word'], ['的', 'word'], ['一', 'number'], ['年', 'word']));
  });
});

describe('phrases the dictionary lacks', () => {
  it('become their words, and each word remembers the phrase it was written in', () => {
    const tokens = [
      { text: '积极支持', start: 0 },
      { text: '合作', start: 4 },
    ];
    expect(sentenceUnits(tokens, lexicon)).toEqual([
      { text: '积极', start: 0, length: 2, kind: 'word', phrase: { start: 0, length: 4 } },
      { text: '支持', start: 2, length: 2, kind: 'word', phrase: { start: 0, length: 4 } },
      { text: '合作', start: 4, length: 2, kind: 'word' },
    ]);
  });
});
