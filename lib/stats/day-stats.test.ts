import { describe, expect, it } from 'vitest';
import { answerButtons, emptyDay, lastDays, retentionByPeriod, retentionOverTime, reviewsByKind, todayFigures, type DayStats } from './day-stats';

function day(key: string, changes: Partial<DayStats> & { learning?: DayStats['answers']['learning']; young?: DayStats['answers']['young']; mature?: DayStats['answers']['mature'] }): DayStats {
  const base = emptyDay(key);
  return {
    ...base,
    ...changes,
    answers: { learning: changes.learning ?? base.answers.learning, young: changes.young ?? base.answers.young, mature: changes.mature ?? base.answers.mature },
  };
}

describe('statistics by study day', () => {
  const days = [
    day('2026-03-01', { young: [1, 0, 3, 0], mature: [0, 0, 4, 0] }),
    day('2026-03-09', { learning: [2, 1, 3, 0], young: [1, 1, 2, 0], newCards: 3, relearning: 1, durationMs: 90_000 }),
    day('2026-03-10', { learning: [1, 0, 4, 1], young: [2, 0, 6, 2], mature: [1, 1, 7, 1], newCards: 4, relearning: 2, durationMs: 600_000 }),
  ];

  it("gives today's reviews, time, again rate and new words from today's row alone", () => {
    expect(todayFigures(days, '2026-03-10')).toEqual({ reviews: 26, durationMs: 600_000, againRate: 4 / 26, newCards: 4 });
    expect(todayFigures(days, '2026-03-11')).toEqual({ reviews: 0, durationMs: 0, againRate: null, newCards: 0 });
  });

  it('stacks a day by kind, relearning answers taken out of learning', () => {
    expect(reviewsByKind(days[2])).toEqual({ learning: 4, relearning: 2, young: 10, mature: 10 });
  });

  it('fills the days without reviews in a range, oldest first, ending on the given day', () => {
    const range = lastDays(days, '2026-03-10', 3);
    expect(range.map((item) => item.day)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(range[0]).toEqual(emptyDay('2026-03-08'));
  });

  it('computes true retention per period from review answers only, young and mature apart', () => {
    const periods = Object.fromEntries(retentionByPeriod(days, '2026-03-10').map((period) => [period.key, period]));
    expect(periods.today.young).toEqual({ passed: 8, total: 10, rate: 0.8 });
    expect(periods.today.mature).toEqual({ passed: 9, total: 10, rate: 0.9 });
    expect(periods.today.all).toEqual({ passed: 17, total: 20, rate: 0.85 });
    expect(periods.yesterday.young).toEqual({ passed: 3, total: 4, rate: 0.75 });
    expect(periods.yesterday.mature.rate).toBeNull();
    // The 1st is ten days back: in the month, not in the week.
    expect(periods.week.all.total).toBe(24);
    expect(periods.month.all).toEqual({ passed: 27, total: 32, rate: 27 / 32 });
  });

  it('draws retention over time in periods that end today, a period without reviews having none', () => {
    const points = retentionOverTime(days, '2026-03-10', 14, 7);
    expect(points.map((point) => [point.from, point.to])).toEqual([
      ['2026-02-25', '2026-03-03'],
      ['2026-03-04', '2026-03-10'],
    ]);
    expect(points[0].retention).toEqual({ passed: 7, total: 8, rate: 7 / 8 });
    expect(points[1].retention.total).toBe(24);
    expect(retentionOverTime([], '2026-03-10', 7, 7)[0].retention.rate).toBeNull();
  });

  it('adds up the answer buttons for each kind of card', () => {
    const [learning, young, mature] = answerButtons(days);
    expect(learning.buttons).toEqual([3, 1, 7, 1]);
    expect(young.buttons).toEqual([4, 1, 11, 2]);
    expect(mature.buttons).toEqual([1, 1, 11, 1]);
    expect(young.retention.rate).toBeCloseTo(14 / 18);
  });
});
