import type { Metadata } from 'next';
import Link from 'next/link';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { TimeZoneHint } from '@/app/_components/time-zone-hint';
import { getStats, statsArticles } from '@/lib/data/stats';
import { addDays, studyDay } from '@/lib/scheduling/study-day';
import { lastDays, reviewsOn } from '@/lib/stats/day-stats';
import { heatmapWeeks } from '@/lib/stats/heatmap';
import { streakDays, streaks } from '@/lib/stats/streaks';
import { parseId } from '@/lib/validation/ids';
import { ActivitySection, ReviewsPerDaySection } from './activity-sections';
import { AnswersSection, HoursSection } from './answers-sections';
import { ForecastSection, MemorySection, StatesSection } from './cards-sections';
import { RetentionSection } from './retention-section';
import { RANGES, type Range } from './format';
import { TodaySection } from './today-section';

export const metadata: Metadata = { title: 'Statistics' };

export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const range: Range = RANGES.find((candidate) => String(candidate) === params.range) ?? 30;
  const requestedArticle = typeof params.article === 'string' && params.article !== '' ? params.article : null;
  const { db, user } = await learnerOrUnavailable();
  const articles = await statsArticles(db);
  const articleId = parseId(requestedArticle);
  const article = articles.find((candidate) => candidate.id === articleId) ?? null;
  const now = new Date();
  const today = studyDay(now, user.timeZone, user.dayStartHour);
  const rangeStart = new Date(today.start.getTime() - (range - 1) * 86_400_000);
  const stats = await getStats(db, user, now, article ? { articleId: article.id } : {}, rangeStart);

  const { counted } = streakDays(stats.days, stats.today, stats.overdueSince);
  const streak = streaks(counted, stats.today);
  const reviewsByDay = new Map(stats.days.map((day) => [day.day, reviewsOn(day)]));
  const inRange = lastDays(stats.days, stats.today, range);
  const href = (changes: { range?: Range; article?: number | null }) => {
    const next = new URLSearchParams();
    const nextArticle = changes.article === undefined ? article?.id : changes.article;
    if (nextArticle) next.set('article', String(nextArticle));
    next.set('range', String(changes.range ?? range));
    return `/stats?${next}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <TimeZoneHint userTimeZone={user.timeZone} unusableTimeZone={user.unusableTimeZone} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Statistics</h1>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-300" data-testid="stats-scope">
            {article ? (
              <>
                The words of <span className="font-medium">{article.title}</span>.{' '}
                <Link href={href({ article: null })} className="text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
                  All words
                </Link>
              </>
            ) : (
              'All your words.'
            )}{' '}
            Days start at {String(user.dayStartHour).padStart(2, '0')}:00, {user.timeZone}.
          </p>
          {requestedArticle !== null && !article && (
            <p role="alert" className="mt-2 text-sm text-amber-700 dark:text-amber-400">
              There is no article “{requestedArticle.slice(0, 40)}”: showing all your words.
            </p>
          )}
        </div>
        {articles.length > 1 && (
          <form method="get" action="/stats" className="flex items-center gap-2 text-sm">
            <label htmlFor="stats-article" className="text-stone-600 dark:text-stone-300">
              Words of
            </label>
            <select id="stats-article" name="article" defaultValue={article?.id ?? ''} className="max-w-56 rounded-lg border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900">
              <option value="">all articles</option>
              {articles.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
            <input type="hidden" name="range" value={range} />
            <button type="submit" className="rounded-lg border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
              Show
            </button>
          </form>
        )}
      </header>

      <TodaySection stats={stats} streak={streak} />
      <ActivitySection weeks={heatmapWeeks(reviewsByDay, counted, stats.today)} streak={streak} />

      <nav aria-label="Period" className="flex items-center gap-2 text-sm">
        <span className="text-stone-600 dark:text-stone-300">Period:</span>
        {RANGES.map((candidate) => (
          <Link
            key={candidate}
            href={href({ range: candidate })}
            aria-current={candidate === range ? 'page' : undefined}
            className={`rounded-full px-3 py-1 font-medium ${candidate === range ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900' : 'border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'}`}
          >
            {candidate} days
          </Link>
        ))}
      </nav>

      <ReviewsPerDaySection days={inRange} today={stats.today} />
      <RetentionSection days={stats.days} today={stats.today} range={range} desired={user.desiredRetention} />
      <div className="grid gap-6 md:grid-cols-2">
        <AnswersSection days={inRange} range={range} />
        <HoursSection hours={stats.hours} range={range} />
      </div>
      <ForecastSection stats={stats} tomorrow={addDays(stats.today, 1)} />
      <StatesSection cards={stats.cards} />
      <MemorySection cards={stats.cards} />
    </div>
  );
}
