import type { StatsData } from '@/lib/data/stats';
import { todayFigures } from '@/lib/stats/day-stats';
import { duration, percent } from './format';

export function TodaySection({ stats, streak }: { stats: StatsData; streak: { current: number; longest: number } }) {
  const today = todayFigures(stats.days, stats.today);
  const figures = [
    { key: 'reviews', label: 'Reviews today', value: today.reviews.toLocaleString('en-US') },
    { key: 'time', label: 'Time spent', value: duration(today.durationMs) },
    { key: 'again', label: 'Again rate', value: percent(today.againRate), detail: today.reviews > 0 ? 'answers that were Again' : 'no answers yet' },
    { key: 'new', label: 'New words learned', value: today.newCards.toLocaleString('en-US') },
    { key: 'streak', label: 'Day streak', value: String(streak.current), detail: `longest ${streak.longest}` },
    { key: 'known', label: 'Words you would recall now', value: Math.round(stats.cards.knownNow).toLocaleString('en-US'), detail: `of ${stats.cards.studied.toLocaleString('en-US')} studied` },
  ];
  return (
    <section aria-labelledby="today-heading" className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="today-heading" className="text-lg font-semibold">
        Today
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.key}>
            <dt className="text-sm text-stone-600 dark:text-stone-300">{figure.label}</dt>
            <dd className="mt-0.5 text-2xl font-semibold tabular-nums" data-testid={`today-${figure.key}`}>
              {figure.value}
              {figure.detail && <span className="mt-0.5 block text-xs font-normal text-stone-500 dark:text-stone-400">{figure.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
