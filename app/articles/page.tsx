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
          <table className="article-table" data-testid="article-list">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Words</th>
                <th scope="col">New</th>
                <th scope="col" className="max-sm:hidden">Learning</th>
                <th scope="col" className="max-sm:hidden">Known</th>
                <th scope="col">Coverage</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <ArticleRow key={article.id} article={article} added={dateFormat.format(article.importedAt)} />
              ))}
            </tbody>
          </table>
          <p className="text-sm text-stone-500 dark:text-stone-400">{COUNTING}</p>
        </>
      )}
    </div>
  );
}

/** One article: its title and where it comes from, its figures, and a bar of how its distinct words stand. */
function ArticleRow({ article, added }: { article: ArticleSummary; added: string }) {
  const share = coverage(article);
  const counted = Math.max(1, article.newWords + article.learningWords + article.knownWords);
  const width = (words: number) => `${((words / counted) * 100).toFixed(1)}%`;
  const origin = [article.author, article.source].filter(Boolean).join(' · ');
  return (
    <tr data-testid="article" data-article-id={article.id}>
      <td>
        <h2 className="font-semibold [overflow-wrap:anywhere]">
          <Link lang="zh-CN" href={`/articles/${article.id}`} className="hanzi text-lg hover:underline hover:underline-offset-4">
            {article.title}
          </Link>
        </h2>
        <p lang="zh-CN" className="article-meta [overflow-wrap:anywhere]">
          <span lang="en">added {added}</span>
          {article.mostlyHsk !== null && <span lang="en" data-testid="mostly-hsk"> · mostly HSK {article.mostlyHsk}</span>}
          {origin && ` · ${origin}`}
        </p>
      </td>
      <td data-testid="tokens" title={`${count(article.distinctWords)} distinct`}>
        {count(article.tokens)}
      </td>
      <td data-testid="new" className="text-sky-700 dark:text-sky-400">
        {count(article.newWords)}
      </td>
      <td data-testid="learning" className="text-orange-700 max-sm:hidden dark:text-orange-400">
        {count(article.learningWords)}
      </td>
      <td data-testid="known" className="text-emerald-700 max-sm:hidden dark:text-emerald-400">
        {count(article.knownWords)}
      </td>
      <td>
        <span data-testid="coverage" title="Share of the article’s word tokens you know">
          {percent(share.tokens)}
        </span>
        <span className="article-meta block" title="Share of its distinct words you know">
          <span data-testid="word-coverage">{percent(share.words)}</span> of words
        </span>
        <span
          className="article-bar"
          aria-hidden
          style={{ backgroundImage: `linear-gradient(to right, var(--color-emerald-500) ${width(article.knownWords)}, var(--color-orange-500) 0 ${width(article.knownWords + article.learningWords)}, var(--color-sky-500) 0)` }}
        />
      </td>
    </tr>
  );
}
