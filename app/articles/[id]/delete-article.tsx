'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { deleteArticleAction, type DeleteArticleState } from './delete-action';

const initialState: DeleteArticleState = { ok: null, message: '' };

/** Where a deletion's summary waits when the page that deleted the article goes away (the article's own page). */
export const DELETED_SUMMARY_KEY = 'ciku:deleted-article';

/**
 * Delete an article, after a confirmation. `onDeleted` receives the summary (a list shows it and drops the
 * row); without it (the article's own page) the summary is kept for the next page, `then`.
 */
export function DeleteArticle({
  articleId,
  title,
  onDeleted,
  then = '/articles/new',
}: {
  articleId: number;
  title: string;
  onDeleted?: (summary: string) => void;
  then?: string;
}) {
  const router = useRouter();
  // Told from the action itself, not from an effect: the list drops this row as soon as the answer arrives.
  const [result, formAction, pending] = useActionState(async (previous: DeleteArticleState, form: FormData) => {
    const answer = await deleteArticleAction(previous, form);
    if (answer.ok && onDeleted) onDeleted(answer.message);
    else if (answer.ok) {
      sessionStorage.setItem(DELETED_SUMMARY_KEY, answer.message);
      router.push(then);
    }
    return answer;
  }, initialState);
  const [confirming, setConfirming] = useState(false);

  const button = 'rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-50';
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className={`${button} border-stone-300 text-red-700 hover:bg-red-50 dark:border-stone-700 dark:text-red-400 dark:hover:bg-red-950`}
      >
        Delete…
      </button>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={`Delete ${title}`}>
      <input type="hidden" name="articleId" value={articleId} />
      <span className="text-sm">
        Delete <span lang="zh-CN">“{title}”</span>? Its sentences go; words in no other article leave your queue but keep their history.
      </span>
      <button type="submit" disabled={pending} className={`${button} border-red-700 bg-red-700 text-white hover:bg-red-800 dark:border-red-500 dark:bg-red-600`}>
        {pending ? 'Deleting…' : 'Delete it'}
      </button>
      <button type="button" disabled={pending} onClick={() => setConfirming(false)} className={`${button} border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}>
        Keep it
      </button>
      {result.ok === false && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {result.message}
        </p>
      )}
    </form>
  );
}
