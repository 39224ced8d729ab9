import { describe, expect, it } from 'vitest';
import { heatmapWeeks, levelThresholds } from './heatmap';

describe('the heatmap', () => {
  it('lays out 53 weeks from Monday to Sunday, ending with the week of today, the days after today blank', () => {
    // 2026-03-11 is a Wednesday.
    const weeks = heatmapWeeks(new Map([['2026-03-11', 5]]), new Set(['2026-03-11']), '2026-03-11');
    expect(weeks).toHaveLength(53);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.at(-1)!.map((cell) => cell.day)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(weeks.at(-1)![2]).toMatchObject({ reviews: 5, level: 3, counted: true, future: false });
    expect(weeks.at(-1)![3].future).toBe(true);
    expect(weeks[0][0].day).toBe('2025-03-10');
  });

  it('shades by quarters of the days with reviews, so one huge day does not wash out the rest', () => {
    expect(levelThresholds([0, 0, 1, 2, 3, 4, 1000])).toEqual([2, 3, 4]);
    const weeks = heatmapWeeks(new Map([['2026-03-09', 1], ['2026-03-10', 2], ['2026-03-11', 3], ['2026-03-12', 1000]]), new Set(), '2026-03-12');
    expect(weeks.at(-1)!.slice(0, 4).map((cell) => cell.level)).toEqual([1, 2, 3, 4]);
  });
});
