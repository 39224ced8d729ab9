import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { loadReadingArticle } from '@/lib/data/articles';
import { parseId } from '@/lib/validation/ids';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { ArticleText } from './article-text';
import { MARK_CLASS } from './marks';
import { ArticleReader } from './reader';
import { ReadingSwitches } from './reading-switches';

type Props = { params: Promise<{ id: string }> };

const loadArticle = cache(async (id: string) => {
  const articleId = parseId(id);
  if (articleId === null) notFound();
  const { db, user } = await learnerOrUnavailable();
  const article = await loadReadingArticle(db, user, articleId);
  if (!article) notFound();
  return { article, user };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticle((await params).id);
  return { title: article.title };
}

const LEGEND = [
  ['new', 'new'],
  ['learning', 'learning'],
  ['known', 'known'],
  ['ignored', 'ignored'],
  ['name', 'name'],
] as const;

export default async function ArticlePage({ params }: Props) {
  const { article, user } = await loadArticle((await params).id);
  return (
    <ArticleReader articleId={article.id} toneColours={user.toneColours}>
      <div className="flex flex-col gap-4">
        <Link href="/articles" className="text-sm font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
          ← All articles
        </Link>
        <header>
          <h1 lang="zh-CN" className="hanzi text-2xl font-semibold leading-snug [overflow-wrap:anywhere] sm:text-3xl">
            {article.title}
          </h1>
          {(article.author || article.source) && (
            <p lang="zh-CN" className="mt-1 text-stone-600 [overflow-wrap:anywhere] dark:text-stone-300">
              {[article.author, article.source].filter(Boolean).join(' · ')}
            </p>
          )}
        </header>
        <div className="flex flex-wrap items-center justify-between gap-3 border-y border-stone-200 py-3 dark:border-stone-800">
          <ReadingSwitches rubyPinyin={user.rubyPinyin} toneColours={user.toneColours} />
          <Link
            href={`/review?article=${article.id}`}
            className="rounded-lg bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
          >
            Review this article’s words
          </Link>
        </div>
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="reading-legend">
          {LEGEND.map(([mark, label]) => (
            <span key={mark} lang="zh-CN" className={`${MARK_CLASS[mark]} word-legend`}>
              <span className="hanzi">词</span> <span lang="en">{label}</span>
            </span>
          ))}
        </p>
        <ArticleText article={article} ruby={user.rubyPinyin} toneColours={user.toneColours} />
      </div>
    </ArticleReader>
  );
}
