import type { Db } from '@/lib/db/client';
import { intArray } from './import-words';
import { recountWords } from './word-frequencies';

export type DeleteArticleResult =
  | {
      ok: true;
      title: string;
      sentences: number;
      /** Words of the article that no other article uses. */
      wordsInNoArticle: number;
      /** Of those, the learner's words that left their queue (cards retired, history kept). */
      leftQueue: number;
    }
  | { ok: false; error: 'not-found'; message: string };

/**
 * Deletes an article and its sentences (their occurrences go with them; a sentence card keeps its word and
 * loses only its sentence). A word no other article uses keeps every learner's card and reviews, but leaves
 * study: its active cards are retired (the queue, the counts and the new cards only take active cards) and
 * its frequency drops to 0. Importing a text that uses the word again restores the cards as they were
 * (`restoreRetired` in the import), the same state, due date and history. Cards the learner had marked known,
 * suspended or ignored keep that status. Frequencies and the study order are recounted, as an import does.
 */
export async function deleteArticle(db: Db, userId: number, articleId: number, now: Date): Promise<DeleteArticleResult> {
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { title: true } });
      if (!article) return { ok: false, error: 'not-found', message: 'That article does not exist (it may have been deleted already).' } as const;
      const words = (
        await tx.$queryRaw<{ wordId: number }[]>`
          SELECT DISTINCT o."wordId" FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" WHERE s."articleId" = ${articleId}`
      ).map((row) => row.wordId);
      await tx.$executeRaw`DELETE FROM "Occurrence" o USING "Sentence" s WHERE s.id = o."sentenceId" AND s."articleId" = ${articleId}`;
      const sentences = await tx.$executeRaw`DELETE FROM "Sentence" WHERE "articleId" = ${articleId}`;
      await tx.$executeRaw`DELETE FROM "Article" WHERE id = ${articleId}`;

      const orphans = (
        await tx.$queryRaw<{ id: number }[]>`
          SELECT w.id FROM unnest(${intArray(words)}::int[]) AS w(id)
          WHERE NOT EXISTS (SELECT 1 FROM "Occurrence" o WHERE o."wordId" = w.id)`
      ).map((row) => row.id);
      const retired = await tx.$queryRaw<{ userId: number; wordId: number }[]>`
        UPDATE "Card" SET status = 'RETIRED', "retiredFrom" = status, version = version + 1, "updatedAt" = ${now}
        WHERE "wordId" = ANY(${intArray(orphans)}::int[]) AND status = 'ACTIVE'
        RETURNING "userId", "wordId"`;
      await recountWords(tx, words);
      return {
        ok: true,
        title: article.title,
        sentences,
        wordsInNoArticle: orphans.length,
        leftQueue: new Set(retired.filter((card) => card.userId === userId).map((card) => card.wordId)).size,
      } as const;
    },
    // A long book's sentences and occurrences take a while to delete; it is still one transaction.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
