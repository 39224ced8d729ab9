/** The calendar heatmap: a year of study days in weeks (Monday first), each with a shade from its reviews. */
import { addDays } from '@/lib/scheduling/study-day';

export interface HeatmapCell {
  day: string;
  reviews: number;
  /** 0 (none) to 4 (the busiest days). */
  level: 0 | 1 | 2 | 3 | 4;
  counted: boolean;
  future: boolean;
}

const weekday = (key: string) => (new Date(`${key}T00:00:00Z`).getUTCDay() + 6) % 7;

/** Shades split the days with reviews into quarters, so one huge day does not wash the others out. */
export function levelThresholds(counts: number[]): [number, number, number] {
  const active = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (active.length === 0) return [1, 1, 1];
  const at = (share: number) => active[Math.floor(share * (active.length - 1))];
  return [at(0.25), at(0.5), at(0.75)];
}

/** Weeks of days from about a year before `today` to the end of today's week, oldest first. */
export function heatmapWeeks(reviewsByDay: Map<string, number>, counted: Set<string>, today: string, weeks = 53): HeatmapCell[][] {
  const firstMonday = addDays(today, -weekday(today) - 7 * (weeks - 1));
  const days = Array.from({ length: weeks * 7 }, (_, index) => addDays(firstMonday, index));
  const counts = days.filter((day) => day <= today).map((day) => reviewsByDay.get(day) ?? 0);
  const [quarter, half, threeQuarters] = levelThresholds(counts);
  const busiest = Math.max(...counts);
  const cells = days.map((day): HeatmapCell => {
    const reviews = day <= today ? (reviewsByDay.get(day) ?? 0) : 0;
    // Days that all have the same number of reviews get a middle shade, not the faintest.
    const level = reviews === 0 ? 0 : quarter === busiest ? 3 : reviews <= quarter ? 1 : reviews <= half ? 2 : reviews <= threeQuarters ? 3 : 4;
    return { day, reviews, level, counted: counted.has(day), future: day > today };
  });
  return Array.from({ length: weeks }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
