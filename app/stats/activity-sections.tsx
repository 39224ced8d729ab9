import type { DayStats } from '@/lib/stats/day-stats';
import { reviewsByKind } from '@/lib/stats/day-stats';
import type { HeatmapCell } from '@/lib/stats/heatmap';
import { BarChart, type Series } from './bar-chart';
import { ChartFrame, DataTable } from './chart-frame';
import { duration, plural, shortDay } from './format';
import { Heatmap } from './heatmap';

export function ActivitySection({ weeks, streak }: { weeks: HeatmapCell[][]; streak: { current: number; longest: number } }) {
  const days = weeks.flat().filter((cell) => !cell.future);
  const studied = days.filter((cell) => cell.reviews > 0);
  return (
    <ChartFrame
      id="activity"
      title="The last year"
      note={
        <>
          Current streak <strong data-testid="streak-current">{plural(streak.current, 'day')}</strong>, longest{' '}
          <strong data-testid="streak-longest">{plural(streak.longest, 'day')}</strong>. A day counts when you study on it and leave no
          review behind: every review card due by the day’s end is answered by then (learning steps aside). Today counts as soon as you
          answer a card.
        </>
      }
      table={<DataTable caption="Reviews per day, last year" head={['Day', 'Reviews', 'In a streak']} rows={studied.map((cell) => [cell.day, cell.reviews, cell.counted ? 'yes' : 'no'])} />}
    >
      <Heatmap weeks={weeks} />
      <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
        Studied on {plural(studied.length, 'day')} of the last {days.length}.
      </p>
    </ChartFrame>
  );
}

const KIND_SERIES: Series[] = [
  { key: 'learning', label: 'Learning', color: 'bg-orange-400 dark:bg-orange-500' },
  { key: 'relearning', label: 'Relearning', color: 'bg-red-400 dark:bg-red-500' },
  { key: 'young', label: 'Young', color: 'bg-emerald-400 dark:bg-emerald-500' },
  { key: 'mature', label: 'Mature', color: 'bg-emerald-700 dark:bg-emerald-300' },
];

export function ReviewsPerDaySection({ days, today }: { days: DayStats[]; today: string }) {
  const every = days.length <= 30 ? 7 : days.length <= 90 ? 14 : 61;
  const showLabel = (index: number) => {
    const back = days.length - 1 - index;
    if (back === 0) return true;
    if (back % every !== 0 || back < every) return false;
    return (back / every) % 2 === 0 ? true : ('wide' as const);
  };
  const kinds = days.map(reviewsByKind);
  const total = kinds.reduce((sum, kind) => sum + kind.learning + kind.relearning + kind.young + kind.mature, 0);
  const time = days.reduce((sum, day) => sum + day.durationMs, 0);
  const studied = days.filter((_, index) => Object.values(kinds[index]).some((count) => count > 0)).length;
  return (
    <ChartFrame
      id="reviews-per-day"
      title={`Reviews per day, last ${days.length} days`}
      note={`${plural(total, 'review')} in ${duration(time)}; ${studied > 0 ? `${Math.round(total / studied)} a day on the ${plural(studied, 'day')} you studied` : 'no study days yet'}. Young cards have an interval under 21 days, mature ones 21 days or more.`}
      table={
        <DataTable
          caption={`Reviews per day, last ${days.length} days`}
          head={['Day', 'Learning', 'Relearning', 'Young', 'Mature', 'Time']}
          rows={days.map((day, index) => [day.day, kinds[index].learning, kinds[index].relearning, kinds[index].young, kinds[index].mature, duration(day.durationMs)])}
        />
      }
    >
      <BarChart
        series={KIND_SERIES}
        testId="reviews-chart"
        columns={days.map((day, index) => {
          const kind = kinds[index];
          const count = kind.learning + kind.relearning + kind.young + kind.mature;
          return {
            key: day.day,
            label: day.day === today ? 'Today' : shortDay(day.day),
            showLabel: showLabel(index),
            values: [kind.learning, kind.relearning, kind.young, kind.mature],
            title: `${shortDay(day.day)}: ${plural(count, 'review')} (${kind.learning} learning, ${kind.relearning} relearning, ${kind.young} young, ${kind.mature} mature), ${duration(day.durationMs)}`,
          };
        })}
      />
    </ChartFrame>
  );
}
