import { describe, expect, it } from 'vitest';
import { chartScale, studyDayLabel } from './chart';

describe('chartScale', () => {
  it('ends at the first round step at or above the largest bar', () => {
    expect(chartScale(2)).toEqual({ ticks: [0, 1, 2], top: 2 });
    expect(chartScale(7)).toEqual({ ticks: [0, 2, 4, 6, 8], top: 8 });
    expect(chartScale(23)).toEqual({ ticks: [0, 10, 20, 30], top: 30 });
    expect(chartScale(137)).toEqual({ ticks: [0, 50, 100, 150], top: 150 });
    expect(chartScale(100)).toEqual({ ticks: [0, 50, 100], top: 100 });
    expect(chartScale(1000)).toEqual({ ticks: [0, 500, 1000], top: 1000 });
  });

  it('steps by whole reviews, and still has a scale when there are none', () => {
    expect(chartScale(1)).toEqual({ ticks: [0, 1], top: 1 });
    expect(chartScale(3)).toEqual({ ticks: [0, 1, 2, 3], top: 3 });
    expect(chartScale(0)).toEqual({ ticks: [0, 1], top: 1 });
  });

  it('keeps between two and six gridlines above zero for any count', () => {
    for (let max = 1; max <= 5000; max++) {
      const { ticks, top } = chartScale(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-1)).toBe(top);
      expect(ticks.length - 1).toBeGreaterThanOrEqual(1);
      expect(ticks.length - 1).toBeLessThanOrEqual(6);
    }
  });
});

describe('studyDayLabel', () => {
  it('names today and yesterday, and gives other days as day and month', () => {
    expect(studyDayLabel('2026-10-31', '2026-10-31')).toBe('Today');
    expect(studyDayLabel('2026-10-30', '2026-10-31')).toBe('Yesterday');
    expect(studyDayLabel('2026-10-04', '2026-10-31')).toBe('4 Oct');
    expect(studyDayLabel('2025-12-31', '2026-01-01')).toBe('Yesterday');
    expect(studyDayLabel('2025-12-30', '2026-01-01')).toBe('30 Dec');
  });
});
