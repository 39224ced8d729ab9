import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/chinese/cedict';
import { cedictLexicon } from './lexicon';
import { segmentRun } from './segment';

const lexicon = cedictLexicon(loadCedict());
const cut = (segmented: string) => segmentRun(segmented.split(' '), lexicon).map((segment) => segment.text).join(' ');

describe('re-cutting the segmenter’s tokens into words', () => {
  it.each([
    ['一带 一路', '一带一路'],
    ['碳中 和', '碳中和'],
    ['负责 任', '负责任'],
    ['开 创新 局', '开创 新局'],
  ])('joins or moves %s into %s', (tokens, words) => {
    expect(cut(tokens)).toBe(words);
  });

  it.each([
    ['积极支持', '积极 支持'],
    ['外部环境', '外部 环境'],
    ['如期完成', '如期 完成'],
    ['党和国家', '党 和 国家'],
    ['中俄新 时代', '中俄 新时代'],
  ])('splits the phrase %s the dictionary lacks into %s', (tokens, words) => {
    expect(cut(tokens)).toBe(words);
  });

  it.each([
    ['说 的 话', '说 的 话'],
    ['和 平等', '和 平等'],
    ['研究 生命', '研究 生命'],
    ['不 平凡', '不 平凡'],
    ['迎难而上', '迎难而上'],
    ['万众一心', '万众一心'],
  ])('keeps %s as it is', (tokens, words) => {
    expect(cut(tokens)).toBe(words);
  });
});
