/**
 * The streak's rule: a study day counts when you answered at least one card on it and no review was left
 * behind, i.e. every review card that fell due by the day's end was answered by then. A review answered on a
 * later day than it fell due breaks the days in between; learning steps never do. Today counts as soon as
 * you answer a card: it is not over yet.
 */
import { addDays } from '@/lib/scheduling/study-day';
import { reviewsOn, type DayStats } from './day-stats';

const dayNumber = (key: string) => Date.parse(`${key}T00:00:00Z`) / 86_400_000;

export interface StreakDays {
  /** The study days that count, as keys. */
  counted: Set<string>;
  /** Days with reviews that do not count, because reviews due by their end were left for later. */
  leftBehind: Set<string>;
}

/**
 * `overdueSince`: the study day the earliest review card still waiting fell due, when that is before today
 * (those days up to yesterday left it behind).
 */
export function streakDays(days: DayStats[], today: string, overdueSince: string | null): StreakDays {
  // Ranges of days that left a review behind, as +1/−1 marks on day numbers.
  const marks = new Map<number, number>();
  const mark = (from: string, toExclusive: string) => {
    const start = dayNumber(from);
    const end = dayNumber(toExclusive);
    if (!(end > start)) return;
    marks.set(start, (marks.get(start) ?? 0) + 1);
    marks.set(end, (marks.get(end) ?? 0) - 1);
  };
  for (const day of days) if (day.earliestDueDay) mark(day.earliestDueDay, day.day);
  if (overdueSince) mark(overdueSince, today);

  const sorted = [...days].filter((day) => reviewsOn(day) > 0).sort((a, b) => a.day.localeCompare(b.day));
  const edges = [...marks.entries()].sort((a, b) => a[0] - b[0]);
  const counted = new Set<string>();
  const leftBehind = new Set<string>();
  let open = 0;
  let next = 0;
  for (const day of sorted) {
    const number = dayNumber(day.day);
    while (next < edges.length && edges[next][0] <= number) open += edges[next++][1];
    (open > 0 ? leftBehind : counted).add(day.day);
  }
  return { counted, leftBehind };
}

/** The current streak (ending today, or yesterday while today has none yet) and the longest one. */
export function streaks(counted: Set<string>, today: string): { current: number; longest: number } {
  let current = 0;
  for (let day = counted.has(today) ? today : addDays(today, -1); counted.has(day); day = addDays(day, -1)) current += 1;
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const number of [...counted].map(dayNumber).sort((a, b) => a - b)) {
    run = previous !== null && number === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = number;
  }
  return { current, longest };
}
