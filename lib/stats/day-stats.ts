/** The review log summed by study day, and what the statistics page reads from it. Pure: no database, no clock. */
import { addDays } from '@/lib/scheduling/study-day';

export const KINDS = ['learning', 'young', 'mature'] as const;
export type Kind = (typeof KINDS)[number];
/** Answers by button: again, hard, good, easy. */
export type Buttons = [number, number, number, number];

export interface DayStats {
  /** The study day, 'YYYY-MM-DD'. */
  day: string;
  /** Learning counts new, learning and relearning cards; young and mature are reviews after an interval under or from 21 days. */
  answers: Record<Kind, Buttons>;
  /** First answers of new cards. */
  newCards: number;
  /** Answers of relearning cards (also counted as learning). */
  relearning: number;
  durationMs: number;
  /** The study day the earliest review answered on this day fell due, when that was a review card's due. */
  earliestDueDay: string | null;
}

export const emptyButtons = (): Buttons => [0, 0, 0, 0];
export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function emptyDay(day: string): DayStats {
  return { day, answers: { learning: emptyButtons(), young: emptyButtons(), mature: emptyButtons() }, newCards: 0, relearning: 0, durationMs: 0, earliestDueDay: null };
}

export const reviewsOn = (day: DayStats) => sum(day.answers.learning) + sum(day.answers.young) + sum(day.answers.mature);

/** A day's answers stacked by the kind of card: learning (first steps), relearning (after a lapse), young and mature reviews. */
export function reviewsByKind(day: DayStats) {
  return {
    learning: sum(day.answers.learning) - day.relearning,
    relearning: day.relearning,
    young: sum(day.answers.young),
    mature: sum(day.answers.mature),
  };
}

function addButtons(a: Buttons, b: Buttons): Buttons {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
}

/** Everything answered over some days, as one total. */
export function totalOf(days: DayStats[]): DayStats {
  return days.reduce(
    (total, day) => ({
      ...total,
      answers: {
        learning: addButtons(total.answers.learning, day.answers.learning),
        young: addButtons(total.answers.young, day.answers.young),
        mature: addButtons(total.answers.mature, day.answers.mature),
      },
      newCards: total.newCards + day.newCards,
      relearning: total.relearning + day.relearning,
      durationMs: total.durationMs + day.durationMs,
    }),
    emptyDay('total'),
  );
}

/** The `count` study days ending with `lastDay`, oldest first, with the days without reviews filled in. */
export function lastDays(days: DayStats[], lastDay: string, count: number): DayStats[] {
  const byDay = new Map(days.map((day) => [day.day, day]));
  return Array.from({ length: count }, (_, index) => {
    const key = addDays(lastDay, index - count + 1);
    return byDay.get(key) ?? emptyDay(key);
  });
}

export interface Retention {
  passed: number;
  total: number;
  /** passed / total, or null when nothing was answered. */
  rate: number | null;
}

export function retentionOf(buttons: Buttons[]): Retention {
  const total = sum(buttons.map(sum));
  const passed = total - sum(buttons.map((answers) => answers[0]));
  return { passed, total, rate: total === 0 ? null : passed / total };
}

export interface TodayFigures {
  reviews: number;
  durationMs: number;
  /** Share of today's answers that were Again, or null before the first. */
  againRate: number | null;
  newCards: number;
}

export function todayFigures(days: DayStats[], today: string): TodayFigures {
  const day = days.find((candidate) => candidate.day === today) ?? emptyDay(today);
  const reviews = reviewsOn(day);
  const again = day.answers.learning[0] + day.answers.young[0] + day.answers.mature[0];
  return { reviews, durationMs: day.durationMs, againRate: reviews === 0 ? null : again / reviews, newCards: day.newCards };
}

export const RETENTION_PERIODS = [
  { key: 'today', label: 'Today', days: 1, offset: 0 },
  { key: 'yesterday', label: 'Yesterday', days: 1, offset: 1 },
  { key: 'week', label: 'Last 7 days', days: 7, offset: 0 },
  { key: 'month', label: 'Last 30 days', days: 30, offset: 0 },
  { key: 'year', label: 'Last 365 days', days: 365, offset: 0 },
] as const;

export interface PeriodRetention {
  key: (typeof RETENTION_PERIODS)[number]['key'];
  label: string;
  young: Retention;
  mature: Retention;
  all: Retention;
}

/**
 * True retention as Anki defines it: the share of review answers (not learning steps) that were not Again,
 * for young cards, mature cards and both.
 */
export function retentionByPeriod(days: DayStats[], today: string): PeriodRetention[] {
  return RETENTION_PERIODS.map(({ key, label, days: length, offset }) => {
    const total = totalOf(lastDays(days, addDays(today, -offset), length));
    return {
      key,
      label,
      young: retentionOf([total.answers.young]),
      mature: retentionOf([total.answers.mature]),
      all: retentionOf([total.answers.young, total.answers.mature]),
    };
  });
}

export interface RetentionPoint {
  /** The first and last study day of the period. */
  from: string;
  to: string;
  retention: Retention;
}

/** Review retention in periods of `periodDays` over the last `rangeDays`, oldest first; the last period ends today. */
export function retentionOverTime(days: DayStats[], today: string, rangeDays: number, periodDays: number): RetentionPoint[] {
  const range = lastDays(days, today, rangeDays);
  const points: RetentionPoint[] = [];
  for (let end = range.length; end > 0; end -= periodDays) {
    const period = range.slice(Math.max(0, end - periodDays), end);
    const total = totalOf(period);
    points.unshift({ from: period[0].day, to: period.at(-1)!.day, retention: retentionOf([total.answers.young, total.answers.mature]) });
  }
  return points;
}

/** Answers by button over some days, for each kind of card, with the share that were not Again. */
export function answerButtons(days: DayStats[]) {
  const total = totalOf(days);
  return KINDS.map((kind) => ({ kind, buttons: total.answers[kind], retention: retentionOf([total.answers[kind]]) }));
}
