import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { articleTitle } from '@/lib/data/articles';
import { getReviewQueue } from '@/lib/data/review';
import { parseId } from '@/lib/validation/ids';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { ReviewSession } from './review-session';

export const metadata: Metadata = { title: 'Review' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const { article: articleParam } = await searchParams;
  const { db, user } = await learnerOrUnavailable();
  // ?article=<id> limits the session to that article's words; anything else reviews every word, and says so.
  const requestedId = articleParam === undefined ? null : parseId(typeof articleParam === 'string' ? articleParam : null);
  const title = requestedId === null ? null : await articleTitle(db, requestedId);
  const articleId = title === null ? undefined : requestedId!;
  const queue = await getReviewQueue(db, user, new Date(), { articleId });
  return (
    <>
      <h1 className="sr-only">Review</h1>
      {articleId !== undefined ? (
        <p className="mx-auto mb-3 flex max-w-2xl flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm" data-testid="review-scope">
          <span className="min-w-0 [overflow-wrap:anywhere]">
            Words of{' '}
            <Link lang="zh-CN" href={`/articles/${articleId}`} className="hanzi font-semibold hover:underline">
              {title}
            </Link>
          </span>
          <Link href="/review" className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
            Review all words
          </Link>
        </p>
      ) : articleParam !== undefined ? (
        <p role="status" className="mx-auto mb-3 max-w-2xl text-sm text-amber-800 dark:text-amber-300" data-testid="review-scope-refused">
          There is no such article, so this session reviews all your words.
        </p>
      ) : null}
      <ReviewSession key={articleId ?? 'all'} initialQueue={queue} renderId={randomUUID()} articleId={articleId} />
    </>
  );
}
