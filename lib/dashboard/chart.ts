/** Scales and labels for the dashboard's chart of reviews per day. */
import { addDays } from '@/lib/scheduling/study-day';

/**
 * Gridlines for bars up to `max`: from 0 in round steps (1, 2, 5, 10, 20, 50…), about four of them, to
 * `top`, the first step at or above `max`, where the chart ends.
 */
export function chartScale(max: number): { ticks: number[]; top: number } {
  const largest = Math.max(1, Math.ceil(max));
  const rough = largest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough)!);
  const top = Math.ceil(largest / step) * step;
  return { ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step), top };
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '31 Oct' for a study day ('YYYY-MM-DD'). */
export function shortDay(key: string): string {
  const [, month, day] = key.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]}`;
}

/** 'Today', 'Yesterday' or '31 Oct' for a study day ('YYYY-MM-DD'), seen from the study day `todayKey`. */
export function studyDayLabel(key: string, todayKey: string): string {
  if (key === todayKey) return 'Today';
  if (key === addDays(todayKey, -1)) return 'Yesterday';
  return shortDay(key);
}
