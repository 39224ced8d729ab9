import { describe, expect, it } from 'vitest';
import { emptyDay, type DayStats } from './day-stats';
import { streakDays, streaks } from './streaks';

const studied = (key: string, earliestDueDay: string | null = null): DayStats => ({ ...emptyDay(key), answers: { ...emptyDay(key).answers, young: [0, 0, 5, 0] }, earliestDueDay });

describe('the streak', () => {
  it('counts consecutive study days ending today, or yesterday while today has no answer yet', () => {
    const days = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09', '2026-03-10'].map((key) => studied(key));
    const { counted } = streakDays(days, '2026-03-10', null);
    expect(streaks(counted, '2026-03-10')).toEqual({ current: 2, longest: 3 });
    expect(streaks(counted, '2026-03-11')).toEqual({ current: 2, longest: 3 });
    expect(streaks(counted, '2026-03-12')).toEqual({ current: 0, longest: 3 });
  });

  it('leaves out days that left a review due for a later day, though you studied on them', () => {
    // On the 8th a review due on the 6th was answered: the 6th and 7th left it behind.
    const days = [studied('2026-03-05'), studied('2026-03-06'), studied('2026-03-07'), studied('2026-03-08', '2026-03-06')];
    const { counted, leftBehind } = streakDays(days, '2026-03-08', null);
    expect([...leftBehind].sort()).toEqual(['2026-03-06', '2026-03-07']);
    expect(streaks(counted, '2026-03-08')).toEqual({ current: 1, longest: 1 });
  });

  it('breaks on days a review still waits from, up to yesterday; today is not over', () => {
    const days = [studied('2026-03-08'), studied('2026-03-09'), studied('2026-03-10')];
    const { counted, leftBehind } = streakDays(days, '2026-03-10', '2026-03-09');
    expect([...leftBehind]).toEqual(['2026-03-09']);
    expect(streaks(counted, '2026-03-10')).toEqual({ current: 1, longest: 1 });
  });

  it('is zero for a learner who never studied', () => {
    expect(streaks(streakDays([], '2026-03-10', null).counted, '2026-03-10')).toEqual({ current: 0, longest: 0 });
  });

  it('counts across month and year ends', () => {
    const days = ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'].map((key) => studied(key));
    expect(streaks(streakDays(days, '2026-01-02', null).counted, '2026-01-02')).toEqual({ current: 4, longest: 4 });
  });
});
