import Link from 'next/link';
import { getDashboard } from '@/lib/data/dashboard';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { formatDueTime } from '@/app/_components/format';
import { TimeZoneHint } from '@/app/_components/time-zone-hint';

export default async function DashboardPage() {
  const { db, user } = await learnerOrUnavailable();
  const now = new Date();
  const stats = await getDashboard(db, user, now);
  const leftToday = stats.learningToday + stats.reviewDueToday + stats.newLeftToday;
  const maxReviews = Math.max(1, ...stats.history.map((day) => day.reviews));
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

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Due now" value={stats.dueNow} testId="stat-due-now" />
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
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {states.map((state) => (
            <div key={state.key} className="flex items-center gap-2">
              <span className={`size-2.5 rounded-full ${state.bar}`} aria-hidden />
              <dt className="text-sm text-stone-600 dark:text-stone-300">{state.label}</dt>
              <dd className="ml-auto font-semibold tabular-nums" data-testid={`state-${state.key}`}>
                <Link href={`/words?filter=${state.key}`} className="hover:underline">
                  {state.value}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        {stats.byState.suspended > 0 && (
          <p className="mt-3 text-sm text-stone-500">
            <Link href="/words?filter=suspended" className="hover:underline">
              {stats.byState.suspended} suspended
            </Link>
          </p>
        )}
      </section>

      <section className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <h2 className="text-lg font-semibold">Last {stats.history.length} days</h2>
        <div className="mt-4 flex h-28 items-end gap-1" role="img" aria-label={`Reviews per day: ${stats.history.map((day) => `${day.day} ${day.reviews}`).join(', ')}`}>
          {stats.history.map((day) => (
            <div key={day.day} className="flex h-full flex-1 flex-col justify-end" title={`${day.day}: ${day.reviews} reviews`}>
              <div
                className={`rounded-t ${day.reviews ? 'bg-emerald-500' : 'bg-stone-200 dark:bg-stone-800'}`}
                style={{ height: day.reviews ? `${Math.max(6, (100 * day.reviews) / maxReviews)}%` : '3px' }}
              />
            </div>
          ))}
        </div>
        <div className="mt-1 flex justify-between text-xs text-stone-500">
          <span>{stats.history[0]?.day}</span>
          <span>today</span>
        </div>
      </section>
    </div>
  );
}

function Stat({ label, value, suffix, testId }: { label: string; value: number; suffix?: string; testId: string }) {
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <dt className="text-sm text-stone-600 dark:text-stone-300">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums">
        <span data-testid={testId}>{value}</span>
        {suffix && <span className="ml-1 text-base font-normal text-stone-500">{suffix}</span>}
      </dd>
    </div>
  );
}
