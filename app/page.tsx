import Link from 'next/link';
import { getDashboard, type Dashboard } from '@/lib/data/dashboard';
import { chartScale, studyDayLabel } from '@/lib/dashboard/chart';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { formatDueTime } from '@/app/_components/format';
import { TimeZoneHint } from '@/app/_components/time-zone-hint';
import { PlacementSection } from '@/app/settings/placement-section';

export default async function DashboardPage() {
  const { db, user } = await learnerOrUnavailable();
  const now = new Date();
  const stats = await getDashboard(db, user, now);
  const leftToday = stats.learningToday + stats.reviewDueToday + stats.newLeftToday;
  const clock = (date: Date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: user.timeZone });
  const dueLater =
    stats.dueLaterToday > 0 && stats.nextDueAt ? `${stats.dueLaterToday} more due later today, next at ${clock(stats.nextDueAt)}` : 'None due later today';
  const states = [
    { key: 'new', label: 'New', value: stats.byState.new, bar: 'bg-sky-500' },
    { key: 'learning', label: 'Learning', value: stats.byState.learning, bar: 'bg-orange-500' },
    { key: 'review', label: 'Review', value: stats.byState.review, bar: 'bg-emerald-500' },
    { key: 'known', label: 'Known', value: stats.byState.known, bar: 'bg-stone-400' },
  ] as const;

  return (
    <div className="flex flex-col gap-6">
      <TimeZoneHint userTimeZone={user.timeZone} unusableTimeZone={user.unusableTimeZone} />
      <section className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <h1 className="text-2xl font-semibold tracking-tight">Today</h1>
        {stats.totalWords === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-300">
            Your word bank is empty. Import an article with <code className="rounded bg-stone-100 px-1.5 py-0.5 dark:bg-stone-800">npm run db:seed</code>.
          </p>
        ) : (
          <>
            <p className="mt-2 text-stone-600 dark:text-stone-300" data-testid="today-summary">
              {leftToday > 0
                ? `${leftToday} card${leftToday === 1 ? '' : 's'} to study today.`
                : stats.nextDueAt
                  ? `All done. Next review ${formatDueTime(stats.nextDueAt, now, user.timeZone)}.`
                  : 'All done for today.'}
            </p>
            <div className="mt-5 flex flex-wrap items-center gap-4">
              <Link
                href="/review"
                className="rounded-xl bg-stone-900 px-6 py-3 text-lg font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
              >
                {leftToday > 0 ? 'Start review' : 'Open review'}
              </Link>
              <p className="flex gap-4 text-sm tabular-nums">
                <span className="text-orange-700 dark:text-orange-400">{stats.learningToday} learning</span>
                <span className="text-emerald-700 dark:text-emerald-400">{stats.reviewDueToday} review</span>
                <span className="text-sky-700 dark:text-sky-400">{stats.newLeftToday} new</span>
              </p>
            </div>
          </>
        )}
      </section>

      {stats.totalWords > 0 && <PlacementSection firstUse />}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Due now" value={stats.dueNow} testId="stat-due-now" detail={dueLater} detailTestId="stat-due-later" />
        <Stat label="New left today" value={stats.newLeftToday} testId="stat-new-left" />
        <Stat label="Reviewed today" value={stats.reviewedToday} testId="stat-reviewed-today" />
        <Stat label="Day streak" value={stats.streak} testId="stat-streak" suffix={stats.streak === 1 ? 'day' : 'days'} />
      </dl>

      <section className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <div className="flex items-baseline justify-between">
          <h2 className="text-lg font-semibold">Your words</h2>
          <Link href="/words" className="text-sm font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
            Browse all {stats.totalWords}
          </Link>
        </div>
        <div className="mt-4 flex h-3 overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden>
          {states.map((state) => (
            <div key={state.key} className={state.bar} style={{ width: `${(100 * state.value) / Math.max(1, stats.totalWords)}%` }} />
          ))}
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-4">
          {states.map((state) => (
            <div key={state.key}>
              <dt className="flex w-fit items-center gap-2 text-sm text-stone-600 dark:text-stone-300" data-testid={`state-${state.key}-label`}>
                <span className={`size-2.5 rounded-full ${state.bar}`} aria-hidden />
                {state.label}
              </dt>
              <dd className="w-fit pl-4.5 text-2xl font-semibold tabular-nums" data-testid={`state-${state.key}`}>
                <Link href={`/words?filter=${state.key}`} className="rounded hover:underline" aria-label={`${state.value} ${state.label.toLowerCase()}: list them`}>
                  {state.value}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        {(stats.byState.suspended > 0 || stats.byState.names > 0) && (
          <p className="mt-3 flex flex-wrap gap-x-4 text-sm text-stone-500 dark:text-stone-400">
            {stats.byState.suspended > 0 && (
              <Link href="/words?filter=suspended" className="hover:underline">
                {stats.byState.suspended} suspended
              </Link>
            )}
            {stats.byState.names > 0 && (
              <Link href="/words?filter=names" className="hover:underline" data-testid="names-waiting">
                {stats.byState.names} names, not among your new cards until you ask for them
              </Link>
            )}
          </p>
        )}
      </section>

      <ReviewHistory history={stats.history} />
    </div>
  );
}

function Stat(props: { label: string; value: number; suffix?: string; testId: string; detail?: string; detailTestId?: string }) {
  const { label, value, suffix, testId, detail, detailTestId } = props;
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <dt className="text-sm text-stone-600 dark:text-stone-300">{label}</dt>
      <dd className="mt-1">
        <span className="text-3xl font-semibold tabular-nums" data-testid={testId}>
          {value}
        </span>
        {suffix && <span className="ml-1 text-base text-stone-500 dark:text-stone-400">{suffix}</span>}
        {detail && (
          <span className="mt-1 block text-xs text-stone-500 dark:text-stone-400" data-testid={detailTestId}>
            {detail}
          </span>
        )}
      </dd>
    </div>
  );
}

/** Reviews per study day as bars on a scale, with the same numbers as a table for screen readers. */
function ReviewHistory({ history }: { history: Dashboard['history'] }) {
  const today = history.at(-1)?.day ?? '';
  const { ticks, top } = chartScale(Math.max(0, ...history.map((day) => day.reviews)));
  const columns = { gridTemplateColumns: `repeat(${history.length}, minmax(0, 1fr))` };
  const label = (day: string) => studyDayLabel(day, today);
  return (
    <section aria-labelledby="history-heading" className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="history-heading" className="text-lg font-semibold">
        Reviews, last {history.length} days
      </h2>
      <div className="mt-5" aria-hidden data-testid="review-chart">
        <div className="flex gap-2">
          <div className="relative h-32 w-8 shrink-0 text-right text-xs tabular-nums text-stone-500 dark:text-stone-400">
            {ticks.map((tick) => (
              <span key={tick} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${(100 * tick) / top}%` }} data-testid="chart-y-tick">
                {tick}
              </span>
            ))}
          </div>
          <div className="relative h-32 flex-1">
            {ticks.map((tick) => (
              <div
                key={tick}
                className={`absolute inset-x-0 border-t ${tick === 0 ? 'border-stone-400 dark:border-stone-600' : 'border-dashed border-stone-200 dark:border-stone-800'}`}
                style={{ bottom: `${(100 * tick) / top}%` }}
              />
            ))}
            <div className="relative grid h-full items-end gap-0.5" style={columns}>
              {history.map((day) => (
                <div
                  key={day.day}
                  title={`${label(day.day)}: ${day.reviews} review${day.reviews === 1 ? '' : 's'}`}
                  className="flex h-full flex-col justify-end hover:bg-stone-100 dark:hover:bg-stone-800/60"
                >
                  {day.reviews > 0 && (
                    <div className={`rounded-t-sm ${day.day === today ? 'bg-emerald-600 dark:bg-emerald-400' : 'bg-emerald-500'}`} style={{ height: `${(100 * day.reviews) / top}%` }} />
                  )}
                </div>
              ))}
            </div>
          </div>
        </div>
        <div className="mt-1.5 ml-10 grid text-xs whitespace-nowrap text-stone-500 dark:text-stone-400" style={columns}>
          {history.map(({ day }, index) =>
            index % 7 === 0 && index < history.length - 4 ? (
              // Every week on a wide screen, every other week on a phone, so the dates never run into each other.
              <span key={day} className={`row-start-1 ${index % 14 === 0 ? '' : 'hidden sm:block'}`} style={{ gridColumn: `${index + 1} / span 3` }} data-testid="chart-x-label">
                {label(day)}
              </span>
            ) : null,
          )}
          <span className="row-start-1 text-right font-medium text-stone-700 dark:text-stone-200" style={{ gridColumn: `${history.length - 3} / span 4` }} data-testid="chart-x-label">
            {label(today)}
          </span>
        </div>
      </div>
      <table className="sr-only">
        <caption>Reviews per day, last {history.length} days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {history.map((day) => (
            <tr key={day.day}>
              <th scope="row">{label(day.day)}</th>
              <td>{day.reviews}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
