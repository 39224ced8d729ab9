import type { Metadata } from 'next';
import Link from 'next/link';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { runningImport } from '@/lib/articles/import-jobs';
import { listArticlesForImport } from '@/lib/data/article-preview';
import { formatBytes, MAX_BROWSER_ARTICLE_BYTES, MAX_TITLE_CHARACTERS } from '@/lib/text/article-input';
import { ArticleList } from './article-list';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import an article' };

export default async function NewArticlePage() {
  const { db } = await learnerOrUnavailable();
  const articles = await listArticlesForImport(db);
  const running = runningImport();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import an article</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-300">
          Paste a Chinese text or choose a .txt file, preview the words it brings, and import it: every word becomes a card, shown in the text&apos;s sentences.
          Plain text is cut into words for you; a text already cut with spaces keeps its cut.
        </p>
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-300" data-testid="import-limits">
          At most {formatBytes(MAX_BROWSER_ARTICLE_BYTES)} of UTF-8 text (about {Math.round(MAX_BROWSER_ARTICLE_BYTES / 3 / 1000)},000 characters) and a title of at most{' '}
          {MAX_TITLE_CHARACTERS} characters. Larger texts: <code className="text-xs">npm run db:seed -- file.txt</code>.
        </p>
      </div>
      <ImportForm running={running} />
      <section className="flex flex-col gap-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 className="text-lg font-semibold">Your articles</h2>
          <Link href="/articles" className="text-sm underline">
            All articles
          </Link>
        </div>
        <ArticleList articles={articles.map((article) => ({ ...article, importedAt: article.importedAt.toISOString() }))} />
      </section>
    </div>
  );
}
