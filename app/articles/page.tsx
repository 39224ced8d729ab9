import type { Metadata } from 'next';
import Link from 'next/link';
import { coverage, listArticles, type ArticleSummary } from '@/lib/data/article-list';
import { learnerOrUnavailable } from '@/app/_lib/learner';

export const metadata: Metadata = { title: 'Articles' };

const COUNTING =
  'Counted over the distinct words of each article: known means in review or marked known; learning means in its learning or relearning steps; ' +
  'new is everything else (names you have not asked to study included). Coverage is the share of its word tokens (and of its distinct words) that you know; ' +
  'ignored words count in neither.';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
// One formatter for every figure: toLocaleString makes a new one on each call, hundreds per page.
const count = new Intl.NumberFormat('en').format;

export default async function ArticlesPage() {
  const { db, user } = await learnerOrUnavailable();
  const articles = await listArticles(db, user);
  const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: user.timeZone });
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">Every text your words come from: read it, and see how much of it you know.</p>
        </div>
        <Link href="/articles/new" className="rounded-lg bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300">
          Add an article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-300" data-testid="no-articles">
          No articles yet. <Link href="/articles/new" className="font-medium text-sky-700 underline underline-offset-4 dark:text-sky-400">Add your first article</Link> to
          turn its words into cards.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600 dark:text-stone-300" data-testid="article-legend">
            <span className="mr-3 inline-flex items-center gap-1"><span aria-hidden className="size-2.5 rounded-full bg-sky-500" /> new</span>
            <span className="mr-3 inline-flex items-center gap-1"><span aria-hidden className="size-2.5 rounded-full bg-orange-500" /> learning</span>
            <span className="mr-3 inline-flex items-center gap-1"><span aria-hidden className="size-2.5 rounded-full bg-emerald-500" /> known</span>
            <abbr title={COUNTING} className="cursor-help underline decoration-dotted underline-offset-4">How these are counted</abbr>
          </p>
          <ul className="flex flex-col gap-3" data-testid="article-list">
            {articles.map((article) => (
              <ArticleRow key={article.id} article={article} added={dateFormat.format(article.importedAt)} />
            ))}
          </ul>
          <p className="text-sm text-stone-500 dark:text-stone-400">{COUNTING}</p>
        </>
      )}
    </div>
  );
}

function ArticleRow({ article, added }: { article: ArticleSummary; added: string }) {
  const share = coverage(article);
  const counted = Math.max(1, article.newWords + article.learningWords + article.knownWords);
  return (
    <li className="article-row" data-testid="article" data-article-id={article.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="min-w-0 text-lg font-semibold [overflow-wrap:anywhere]">
          <Link lang="zh-CN" href={`/articles/${article.id}`} className="hanzi hover:underline hover:underline-offset-4">
            {article.title}
          </Link>
        </h2>
        <p className="article-meta">
          added {added}
          {article.mostlyHsk !== null && <> · <span data-testid="mostly-hsk">mostly HSK {article.mostlyHsk}</span></>}
        </p>
      </div>
      {(article.author || article.source) && (
        <p lang="zh-CN" className="article-meta mt-0.5 [overflow-wrap:anywhere]">
          {[article.author, article.source].filter(Boolean).join(' · ')}
        </p>
      )}
      <div className="mt-3 flex h-2 overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden>
        <span className="bg-emerald-500" style={{ width: `${((article.knownWords / counted) * 100).toFixed(1)}%` }} />
        <span className="bg-orange-500" style={{ width: `${((article.learningWords / counted) * 100).toFixed(1)}%` }} />
        <span className="bg-sky-500" style={{ width: `${((article.newWords / counted) * 100).toFixed(1)}%` }} />
      </div>
      <dl className="article-figures">
        <Figure label="words" value={count(article.tokens)} testId="tokens" title={`${article.distinctWords} distinct`} />
        <Figure label="new" value={count(article.newWords)} testId="new" className="text-sky-700 dark:text-sky-400" />
        <Figure label="learning" value={count(article.learningWords)} testId="learning" className="text-orange-700 dark:text-orange-400" />
        <Figure label="known" value={count(article.knownWords)} testId="known" className="text-emerald-700 dark:text-emerald-400" />
        <Figure label="coverage" value={percent(share.tokens)} testId="coverage" title="Share of the article’s word tokens you know" />
        <Figure label="of words" value={percent(share.words)} testId="word-coverage" title="Share of its distinct words you know" />
      </dl>
    </li>
  );
}

function Figure({ label, value, testId, className, title }: { label: string; value: string | number; testId: string; className?: string; title?: string }) {
  return (
    <div title={title}>
      <dt>{label}</dt>
      <dd className={className} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
