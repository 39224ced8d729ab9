import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export type { Meaning } from '@/lib/chinese/senses';

export interface ContextSentence {
  id: number;
  text: string;
  /** Where the word stands in `text`, as [start, length] pairs. */
  highlights: [number, number][];
  /** The word's reading at each highlight, in this sentence ("wéi" in 以人民为中心). */
  readings: string[];
  articleId: number;
  articleTitle: string;
  /** Every word of the sentence as [start, length, reading], for pinyin above each word (ruby); only when asked for. */
  tokens?: SentenceToken[];
}

export type SentenceToken = [start: number, length: number, reading: string];

/** Sentences near this length make the best examples: long enough for context, short enough to read at a glance. */
export const IDEAL_SENTENCE_LENGTH = 24;
/** Whole sentences (with an end mark) read better than headings and fragments. */
const COMPLETE_SENTENCE = '[。！？!?；;]["”’」』）)]*$';

export interface SentenceRow {
  id: number;
  text: string;
  starts: number[];
  lengths: number[];
  readings: string[];
  articleId: number;
  articleTitle: string;
  total: number;
  rank: number;
  tokens: SentenceToken[] | null;
}

/**
 * The sentences of a word (an SQL expression), the most useful first, each with where the word stands in it,
 * and with `tokens` every word's place and reading.
 */
export function sentencesOfWordSql(wordId: Prisma.Sql, limit: number, offset = 0, { tokens = false } = {}): Prisma.Sql {
  const tokenColumn = tokens
    ? Prisma.sql`(SELECT json_agg(json_build_array(t.start, t.length, t.reading) ORDER BY t.start) FROM "Occurrence" t WHERE t."sentenceId" = s.id)`
    : Prisma.sql`NULL::json`;
  return Prisma.sql`
    SELECT s.id, s.text, array_agg(o.start ORDER BY o.start) AS starts, array_agg(o.length ORDER BY o.start) AS lengths,
           array_agg(o.reading ORDER BY o.start) AS readings,
           a.id AS "articleId", a.title AS "articleTitle", (count(*) OVER ())::int AS total,
           (row_number() OVER (ORDER BY (s.text !~ ${COMPLETE_SENTENCE}), abs(char_length(s.text) - ${IDEAL_SENTENCE_LENGTH}), s.id))::int AS rank,
           ${tokenColumn} AS tokens
    FROM "Occurrence" o
    JOIN "Sentence" s ON s.id = o."sentenceId"
    JOIN "Article" a ON a.id = s."articleId"
    WHERE o."wordId" = ${wordId}
    GROUP BY s.id, a.id
    ORDER BY rank
    LIMIT ${limit} OFFSET ${offset}`;
}

export function toContextSentence(row: SentenceRow): ContextSentence {
  return {
    id: row.id,
    text: row.text,
    highlights: row.starts.map((start, index) => [start, row.lengths[index]] as [number, number]),
    readings: row.readings,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    ...(row.tokens ? { tokens: row.tokens } : {}),
  };
}

/** A word's sentences, the most useful first; `total` counts them all. */
export async function loadSentencesForWord(
  db: Db,
  wordId: number,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<{ sentences: ContextSentence[]; total: number }> {
  const rows = await db.$queryRaw<SentenceRow[]>(sentencesOfWordSql(Prisma.sql`${wordId}`, limit, offset));
  return { total: rows[0]?.total ?? 0, sentences: rows.map(toContextSentence) };
}
