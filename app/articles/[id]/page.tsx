import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { loadReadingArticle } from '@/lib/data/articles';
import { parseId, parsePageNumber } from '@/lib/validation/ids';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { ArticleText } from './article-text';
import { MARK_CLASS } from './marks';
import { ArticleReader } from './reader';
import { ReadingSwitches } from './reading-switches';
import { PageLinks } from '@/app/_components/page-links';

type SearchParams = { part?: string | string[]; sentence?: string | string[] };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const loadArticle = cache(async (id: string, part: number, sentence: number | null) => {
  const articleId = parseId(id);
  if (articleId === null) notFound();
  const { db, user } = await learnerOrUnavailable();
  const article = await loadReadingArticle(db, user, articleId, { part, sentenceId: sentence });
  if (!article) notFound();
  return { article, user };
});

/** The article and part an address asks for: a part past the last shows the last, a bad one the first. */
async function load({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return loadArticle(id, parsePageNumber(query.part), typeof query.sentence === 'string' ? parseId(query.sentence) : null);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article } = await load(props);
  return { title: article.parts > 1 ? `${article.title} (${article.part}/${article.parts})` : article.title };
}

/** Links to the other parts of a long article, at the top and the end of the text. */
function PartLinks({ article, testId }: { article: { id: number; part: number; parts: number }; testId: string }) {
  return (
    <PageLinks
      label="Parts of the article"
      page={article.part}
      pages={article.parts}
      href={(part) => `/articles/${article.id}?part=${part}`}
      previous={`← Part ${article.part - 1}`}
      next={`Part ${article.part + 1} →`}
      position={`Part ${article.part} of ${article.parts}`}
      testId={testId}
    />
  );
}

const LEGEND = [
  ['new', 'new'],
  ['learning', 'learning'],
  ['known', 'known'],
  ['ignored', 'ignored'],
  ['name', 'name'],
] as const;

export default async function ArticlePage(props: Props) {
  const { article, user } = await load(props);
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
        <PartLinks article={article} testId="parts-top" />
        <ArticleText article={article} ruby={user.rubyPinyin} toneColours={user.toneColours} />
        <PartLinks article={article} testId="parts-bottom" />
      </div>
    </ArticleReader>
  );
}
