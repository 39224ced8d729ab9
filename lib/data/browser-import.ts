import { loadBoundaryRules } from './boundary-recut';
import type { Db } from '@/lib/db/client';
import { errorReason } from '@/lib/db/errors';
import { logServerError } from '@/lib/log/server-log';
import { ArticleInputError } from '@/lib/text/article-file';
import { articleContentHash, previewArticle } from '@/lib/vocabulary/preview';
import { articleClashes, countLearnerWords, type ArticleClashes, type LearnerWordCounts } from './article-preview';
import type { ArticleInput } from './import-article';
import { asDatabaseUnavailable } from './learner';

/** An article from the import page, its text and title already checked (lib/text/article-input.ts). */
export interface BrowserArticle {
  text: string;
  title: string;
  source: string | null;
  /** When another article has the title: update that one with this text, or import this one as a new article. */
  onTitleTaken?: 'update' | 'new';
}

export interface BrowserPreview {
  suggestedTitle: string;
  sentenceCount: number;
  sentences: string[];
  occurrences: number;
  distinctWords: number;
  words: LearnerWordCounts;
  clashes: ArticleClashes;
  segmentedByJieba: boolean;
}

type Refusal<E extends string> = { ok: false; error: E; message: string };

/** What importing the text would add for this learner; writes nothing. */
export async function previewForLearner(db: Db, userId: number, article: BrowserArticle): Promise<{ ok: true; preview: BrowserPreview } | Refusal<'invalid'>> {
  const preview = await previewArticle(article.text, { boundaries: await loadBoundaryRules(db) });
  if (preview.words.length === 0) return { ok: false, error: 'invalid', message: 'The text contains no Chinese words (only numbers or punctuation).' };
  const [words, clashes] = await Promise.all([countLearnerWords(db, userId, preview.words), articleClashes(db, article.title, preview.contentHash)]);
  return {
    ok: true,
    preview: {
      suggestedTitle: preview.suggestedTitle,
      sentenceCount: preview.sentenceCount,
      sentences: preview.sentences,
      occurrences: preview.occurrences,
      distinctWords: preview.words.length,
      words,
      clashes,
      segmentedByJieba: preview.segmentedByJieba,
    },
  };
}

export type ImportPlan = { ok: true; input: ArticleInput; title: string } | (Refusal<'title-taken'> & { titleTaken: { id: number; title: string }; freeTitle: string });

/**
 * Which article the text goes into. The very same text already imported: that article (the import changes
 * nothing and says so). A title another article has: that article only when the learner said "update";
 * with "new" the next free title (" (2)"); without an answer, the learner is asked. Otherwise a new article.
 */
export async function planBrowserImport(db: Db, article: BrowserArticle): Promise<ImportPlan> {
  const clashes = await articleClashes(db, article.title, articleContentHash(article.text));
  const source = article.source ?? undefined;
  if (clashes.sameText) return { ok: true, input: { text: article.text, source }, title: clashes.sameText.title };
  if (clashes.titleTaken) {
    if (article.onTitleTaken === 'update') return { ok: true, input: { text: article.text, title: clashes.titleTaken.title, source }, title: clashes.titleTaken.title };
    if (article.onTitleTaken === 'new') return { ok: true, input: { text: article.text, title: clashes.freeTitle, source }, title: clashes.freeTitle };
    return {
      ok: false,
      error: 'title-taken',
      message: `An article titled “${clashes.titleTaken.title}” exists: update it with this text, or import this one as a new article (“${clashes.freeTitle}”).`,
      titleTaken: clashes.titleTaken,
      freeTitle: clashes.freeTitle,
    };
  }
  return { ok: true, input: { text: article.text, title: article.title, source }, title: article.title };
}

/** Why a background import failed, in one line for the page; unexpected failures are logged too. */
export function importFailureMessage(error: unknown): string {
  if (error instanceof ArticleInputError) return error.message;
  const unavailable = asDatabaseUnavailable(error);
  const reason = unavailable?.message ?? errorReason(error);
  logServerError({ status: unavailable ? 503 : 500, method: 'POST', path: '/api/articles/import', reason });
  return `The import failed, so nothing was written: ${reason}`;
}
