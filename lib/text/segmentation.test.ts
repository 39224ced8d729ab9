import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSegmented, segmentPassages, segmentText } from './segmentation';

const SEED = fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8');

describe('plain Chinese without spaces', () => {
  it('is told apart from a segmented text', () => {
    expect(isSegmented(SEED)).toBe(true);
    expect(isSegmented(SEED.replace(/ /g, ''))).toBe(false);
    expect(isSegmented('我今天很高兴。你呢？')).toBe(false);
    expect(isSegmented('我 今天 很 高兴 。')).toBe(true);
    expect(isSegmented('Hello world')).toBe(false);
    expect(isSegmented('今天天气很好。 我们去公园吧。')).toBe(false);
    // Short clauses with their punctuation, a space between them: written as usual, not cut into words.
    expect(isSegmented('他说：“你好！” 然后走了。')).toBe(false);
    expect(isSegmented('你好！ 谢谢。 再见！')).toBe(false);
    // Segmented, with one passage left without spaces: still segmented (the passage is cut on its own).
    expect(isSegmented(`我们 读 古文 。 我们 读 ${'天地玄黄宇宙洪荒'.repeat(10)} 。`)).toBe(true);
  });

  it('is cut into the same words as the seed article once its spaces are removed', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const seedWithoutSpaces = SEED.split('\n').map((line) => line.replace(/ {3}/g, '\u3000').replace(/ /g, '')).join('\n');
    expect(words(segmentText(seedWithoutSpaces))).toEqual(words(SEED));
  });

  it('keeps line breaks, and a space of the text as three spaces', () => {
    expect(segmentText('我们学习中文。\n他是老师 张明')).toBe('我们 学习 中文 。\n他 是 老师   张明');
  });
});

describe('a segmented text', () => {
  it('takes a tab between words for a space', () => {
    expect(isSegmented('我们\t喜欢\t中文 。')).toBe(true);
    expect(segmentPassages('我们\t喜欢\t中文 。\n他 是\t老师')).toEqual({ text: '我们 喜欢 中文 。\n他 是 老师', passages: 0 });
  });
});
