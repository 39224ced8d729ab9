import type { Db } from '@/lib/db/client';
import { intArray } from './import-words';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * Counts again how many times each of these articles uses each word (ArticleWord), from their occurrences:
 * called in the same transaction as every change to an article's sentences. An article deleted takes its
 * rows with it (the foreign key cascades). `'all'` counts every article, after a restore.
 */
export async function refreshArticleWords(tx: Tx, articleIds: Iterable<number> | 'all'): Promise<void> {
  if (articleIds === 'all') {
    await tx.$executeRaw`DELETE FROM "ArticleWord"`;
    await tx.$executeRaw`
      INSERT INTO "ArticleWord" ("articleId", "wordId", tokens)
      SELECT s."articleId", o."wordId", count(*)::int FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
      GROUP BY s."articleId", o."wordId"`;
    return;
  }
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`DELETE FROM "ArticleWord" WHERE "articleId" = ANY(${intArray(ids)}::int[])`;
  // The article list keeps the articles' words between requests until an article's row changes.
  await tx.$executeRaw`UPDATE "Article" SET "updatedAt" = ${new Date()} WHERE id = ANY(${intArray(ids)}::int[])`;
  await tx.$executeRaw`
    INSERT INTO "ArticleWord" ("articleId", "wordId", tokens)
    SELECT s."articleId", o."wordId", count(*)::int FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
    WHERE s."articleId" = ANY(${intArray(ids)}::int[])
    GROUP BY s."articleId", o."wordId"`;
}

/** A new article's word counts, as its import counted them: one row per word, each word once. */
export async function insertArticleWords(tx: Tx, articleId: number, wordIds: number[], tokens: number[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ArticleWord" ("articleId", "wordId", tokens)
    SELECT ${articleId}, w.id, w.tokens FROM unnest(${intArray(wordIds)}::int[], ${intArray(tokens)}::int[]) AS w(id, tokens)`;
}
