import Link from 'next/link';
import type { ReviewQueue } from '@/lib/data/review';
import { formatDueTime } from '@/app/_components/format';

export function SessionEnd({ queue, reviewedCount }: { queue: ReviewQueue; reviewedCount: number }) {
  const end = queue.end;
  const next = end?.nextDueAt ? formatDueTime(new Date(end.nextDueAt), new Date()) : null;
  let title = 'All done for today';
  let detail: React.ReactNode = next ? `Your next review is due ${next}.` : 'No reviews are scheduled yet.';
  if (end?.reason === 'empty') {
    title = 'Your word bank is empty';
    detail = (
      <>
        Import an article to get words to learn: <code className="rounded bg-stone-100 px-1.5 py-0.5 dark:bg-stone-800">npm run db:seed -- article.txt</code>
      </>
    );
  } else if (end?.reason === 'learning-later') {
    title = 'Learning cards are on their way back';
    detail = `The next one is due ${next}. This page picks it up by itself.`;
  } else if (end?.reason === 'limits') {
    title = 'Daily limit reached';
    const which = [end.newLimitReached && 'new cards', end.reviewLimitReached && 'reviews'].filter(Boolean).join(' and ');
    detail = (
      <>
        You have done today’s {which}. {next ? `The next review is due ${next}. ` : ''}
        <Link href="/settings" className="font-medium text-sky-700 underline underline-offset-4 dark:text-sky-400">
          Change the daily limits
        </Link>
        .
      </>
    );
  }
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="session-end">
      <h2 className="text-2xl font-semibold">{title}</h2>
      <p className="mt-3 text-stone-600 dark:text-stone-300">{detail}</p>
      {reviewedCount > 0 && <p className="mt-2 text-sm text-stone-500">You reviewed {reviewedCount} card{reviewedCount === 1 ? '' : 's'} in this session.</p>}
      <Link href="/" className="mt-6 inline-block rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
        Back to the dashboard
      </Link>
    </section>
  );
}
