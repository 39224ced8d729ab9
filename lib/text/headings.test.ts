import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleHeadings } from './headings';

describe('an article’s heading lines', () => {
  it('are the seed’s title, byline and source, and its text starts after them', () => {
    const lines = fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8').split('\n');
    expect(articleHeadings(lines)).toEqual({
      title: '迎难而上 为国担当 奋力开启中国特色大国外交新征程',
      byline: '国务委员兼外交部长 王毅',
      source: '《求是》2021年1月16日',
      lineCount: 3,
    });
  });

  it('are none when the text starts with a sentence', () => {
    expect(articleHeadings(['我 今天 很 高兴 。', '你 呢 ？'])).toMatchObject({ title: null, lineCount: 0 });
  });

  it('are a title alone, without a byline or source', () => {
    expect(articleHeadings(['春天 来 了', '', '春天 来 了 ， 花 都 开 了 。'])).toEqual({ title: '春天来了', byline: null, source: null, lineCount: 1 });
  });

  it('take a line naming where it was published as the source, wherever it stands', () => {
    expect(articleHeadings(['北京 下雪 了', '来源 ： 新华社', '记者 李明', '今天 北京 下雪 了 。'])).toEqual({
      title: '北京下雪了',
      byline: '记者李明',
      source: '来源：新华社',
      lineCount: 3,
    });
  });

  it('are none in a text without sentences (a list of words, a short note): all of it is text', () => {
    expect(articleHeadings(['苹果', '香蕉', '橙子'])).toMatchObject({ lineCount: 0, title: null });
  });

  it('stop at a long line even without an end mark, and never take more than four lines', () => {
    const long = '这 是 一个 很 长 的 句子 '.repeat(10);
    expect(articleHeadings(['标题', long, '正文 。']).lineCount).toBe(1);
    expect(articleHeadings(['一', '二', '三', '四', '五', '正文 。']).lineCount).toBe(4);
  });
});
