import type { Db } from '@/lib/db/client';
import { refreshArticleWords } from './article-words';

/**
 * Adds `count` articles made of an existing article's sentences, for benchmarks: each takes a different run
 * of them (from a fifth of the article to all of it), in an order of its own, with their words and places.
 * No word is added, so every card and count stays valid. One statement per article.
 */
export async function addSampleArticles(db: Db, fromArticleId: number, count: number): Promise<void> {
  const [{ sentences }] = await db.$queryRaw<{ sentences: number }[]>`SELECT count(*)::int AS sentences FROM "Sentence" WHERE "articleId" = ${fromArticleId}`;
  for (let index = 1; index <= count; index++) {
    const length = Math.max(1, Math.round(sentences * (0.2 + ((index * 37) % 80) / 100)));
    const offset = (index * 53) % sentences;
    await db.$executeRaw`
      WITH article AS (
        INSERT INTO "Article" (slug, title, source, "contentHash", "updatedAt")
        VALUES (${`sample-${fromArticleId}-${index}`}, ${`样本文章 ${index}`}, 'generated for a benchmark', ${`sample-${fromArticleId}-${index}`}, now())
        RETURNING id),
      picked AS (
        SELECT s.id, row_number() OVER (ORDER BY (s.id * ${index * 2654435761}::bigint) % 4294967296) AS position
        FROM "Sentence" s WHERE s."articleId" = ${fromArticleId}
        ORDER BY (s.position + ${sentences} - ${offset}) % ${sentences} LIMIT ${length}),
      copied AS (
        INSERT INTO "Sentence" ("articleId", position, paragraph, text)
        SELECT article.id, picked.position, picked.position / 3, s.text FROM article, picked JOIN "Sentence" s ON s.id = picked.id
        RETURNING id, position, "articleId")
      INSERT INTO "Occurrence" ("sentenceId", "wordId", "tokenIndex", start, length, reading, "phraseStart", "phraseLength")
      SELECT copied.id, o."wordId", o."tokenIndex", o.start, o.length, o.reading, o."phraseStart", o."phraseLength"
      FROM picked JOIN copied ON copied.position = picked.position JOIN "Occurrence" o ON o."sentenceId" = picked.id`;
  }
  await refreshArticleWords(db, 'all');
  await db.$executeRawUnsafe('ANALYZE "Article", "Sentence", "Occurrence", "ArticleWord"');
}
