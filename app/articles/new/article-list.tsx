'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { DELETED_SUMMARY_KEY, DeleteArticle } from '../[id]/delete-article';

export interface ListedArticle {
  id: number;
  title: string;
  source: string | null;
  sentences: number;
  importedAt: string;
}

/** The articles, each with a delete button; a deletion's summary stays above the list. */
export function ArticleList({ articles }: { articles: ListedArticle[] }) {
  const [summary, setSummary] = useState('');
  const [deleted, setDeleted] = useState<number[]>([]);
  useEffect(() => {
    // An article deleted from its own page: its summary waited for this page.
    const waiting = sessionStorage.getItem(DELETED_SUMMARY_KEY);
    if (waiting) {
      sessionStorage.removeItem(DELETED_SUMMARY_KEY);
      setSummary(waiting);
    }
  }, []);
  const shown = articles.filter((article) => !deleted.includes(article.id));
  return (
    <div className="flex flex-col gap-3">
      {summary && (
        <p role="status" data-testid="delete-summary" className="rounded-lg border border-stone-300 bg-stone-100 px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">
          {summary}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-300">No articles yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
          {shown.map((article) => (
            <li key={article.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/articles/${article.id}`} className="hanzi break-words font-medium hover:underline" lang="zh-CN">
                  {article.title}
                </Link>
                <p className="text-xs text-stone-600 dark:text-stone-300">
                  {`${article.sentences.toLocaleString('en')} ${article.sentences === 1 ? 'sentence' : 'sentences'} · imported ${article.importedAt.slice(0, 10)}`}
                  {article.source ? <> · <span className="break-words">{article.source}</span></> : null}
                </p>
              </div>
              <div className="shrink-0 self-start sm:self-center">
                <DeleteArticle
                articleId={article.id}
                title={article.title}
                onDeleted={(message) => {
                  setSummary(message);
                  setDeleted((ids) => [...ids, article.id]);
                }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
