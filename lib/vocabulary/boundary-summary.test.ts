import { describe, expect, it } from 'vitest';
import type { BoundaryChange } from '@/lib/data/boundaries';
import { describeBoundaryChange } from './boundary-summary';

const join: BoundaryChange = {
  rule: { kind: 'JOIN', hanzi: '外部环境', parts: ['外部', '环境'] },
  before: ['外部', '环境'],
  after: ['外部环境'],
  sentences: 2,
  articles: 1,
  newWords: ['外部环境'],
  moved: [{ hanzi: '环境', to: '外部环境', reviews: 2 }],
  retired: [],
  restored: [],
};

describe('what a boundary fix changes, told to the learner', () => {
  it('before a join, and once it is made', () => {
    expect(describeBoundaryChange(join, 'preview')).toEqual([
      '外部 + 环境 → 外部环境 in 2 sentences.',
      'New word: 外部环境.',
      'Your card of 环境 will go on as 外部环境, its 2 reviews and all.',
    ]);
    expect(describeBoundaryChange(join, 'done')[2]).toBe('Your card of 环境 goes on as 外部环境, its 2 reviews and all.');
  });

  it('counts retired cards and the reviews they keep, and restored ones', () => {
    const split: BoundaryChange = {
      ...join,
      rule: { kind: 'SPLIT', hanzi: '负责任', parts: ['负责', '任'] },
      before: ['负责任'],
      after: ['负责', '任'],
      sentences: 1,
      articles: 2,
      newWords: [],
      moved: [],
      retired: [{ hanzi: '负责任', reviews: 3 }],
      restored: [{ hanzi: '负责', reviews: 1 }],
    };
    expect(describeBoundaryChange(split, 'preview')).toEqual([
      '负责任 → 负责 + 任 in 1 sentence of 2 articles.',
      '1 card will be retired, its 3 reviews kept: 负责任.',
      '负责 will come back to your reviews, with its 1 review.',
    ]);
    const two = { ...split, retired: [{ hanzi: '负责任', reviews: 3 }, { hanzi: '任', reviews: 0 }], restored: [] };
    expect(describeBoundaryChange(two, 'done')[1]).toBe('2 cards were retired, their 3 reviews kept: 负责任, 任.');
    expect(describeBoundaryChange({ ...split, retired: [{ hanzi: '任', reviews: 0 }] }, 'preview')[1]).toBe('1 card will be retired: 任.');
  });
});
