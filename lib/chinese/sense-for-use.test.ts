import { describe, expect, it } from 'vitest';
import { loadCedict } from './cedict';
import { meaningsForUse, meaningsForUses, senseForUse } from './sense-for-use';
import { orderedMeanings } from './senses';

const cedict = loadCedict();

function senseIn(hanzi: string, reading: string, previous?: string, next?: string): string | null {
  const meanings = orderedMeanings(hanzi, [reading], cedict);
  const choice = senseForUse(hanzi, meanings, { previous, next });
  return choice ? meanings[choice.meaning].definitions[choice.definition] : null;
}

describe('senseForUse', () => {
  it('reads 场, 届, 项, 位, 名 after a numeral or demonstrative as measure words', () => {
    expect(senseIn('场', 'chǎng', '23', '重要')).toMatch(/^measure word for/);
    expect(senseIn('届', 'jiè', '十九', '五中全会')).toMatch(/^measure word for events, meetings/);
    expect(senseIn('项', 'xiàng', '33', '，')).toMatch(/^measure word for principles, items/);
    expect(senseIn('位', 'wèi', '两', '专家')).toBe('measure word for people (honorific)');
    expect(senseIn('名', 'míng', '这', '学生')).toBe('measure word for people');
  });

  it('leaves a noun after a numeral alone when it has no measure-word sense', () => {
    expect(senseIn('国', 'guó', '五', '领导人')).toBeNull();
  });

  it('reads 等 after a list as "etc.", and as "to wait" where it waits', () => {
    expect(senseIn('等', 'děng', '大会', '23')).toMatch(/\betc\./);
    expect(senseIn('等', 'děng', '理念', '，')).toMatch(/\betc\./);
    expect(senseIn('等', 'děng', '组织', '国际')).toMatch(/\betc\./);
    expect(senseIn('等', 'děng', '请', '一下')).toBeNull();
    expect(senseIn('等', 'děng', '我', '他')).toBeNull();
  });

  it('reads 同 before a word as "with", before 年 as "same"', () => {
    expect(senseIn('同', 'tóng', '中国', '各国')).toBe('with');
    expect(senseIn('同', 'tóng', '，', '世卫')).toBe('with');
    expect(senseIn('同', 'tóng', '，', '年')).toBeNull();
    expect(senseIn('同', 'tóng', '相', '。')).toBeNull();
  });

  it('reads 对 before a word as "towards"', () => {
    expect(senseIn('对', 'duì', '中国', '世界')).toMatch(/^towards/);
    expect(senseIn('对', 'duì', '说', '。')).toBeNull();
  });
});

describe('meaningsForUse', () => {
  it('puts the chosen sense and its reading first, keeping every other sense', () => {
    const meanings = orderedMeanings('等', ['děng'], cedict);
    const ordered = meaningsForUse(meanings, senseForUse('等', meanings, { previous: '理念', next: '重大' }));
    expect(ordered[0].definitions[0]).toMatch(/\betc\./);
    expect([...ordered[0].definitions].sort()).toEqual([...meanings[0].definitions].sort());
  });

  it('changes nothing without a choice', () => {
    const meanings = orderedMeanings('年', ['nián'], cedict);
    expect(meaningsForUse(meanings, null)).toBe(meanings);
  });
});

describe('meaningsForUses', () => {
  it('leads with the sense most occurrences use', () => {
    const meanings = orderedMeanings('同', ['tóng'], cedict);
    const uses = [
      { previous: '中国', next: '各国' },
      { previous: '，', next: '世卫' },
      { previous: '总书记', next: '普京' },
    ];
    expect(meaningsForUses('同', meanings, uses)[0].definitions[0]).toBe('with');
  });

  it('keeps the usual order when the occurrences disagree', () => {
    const meanings = orderedMeanings('同', ['tóng'], cedict);
    const uses = [{ previous: '中国', next: '各国' }, { next: '年' }, { next: '。' }];
    expect(meaningsForUses('同', meanings, uses)).toBe(meanings);
  });
});
