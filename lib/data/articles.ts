import type { Db } from '@/lib/db/client';
import { Prisma, type User } from '@/lib/generated/prisma/client';

/**
 * How a word stands for a learner, as the reading view marks it: known (in review, or marked known), learning
 * (in its learning or relearning steps), ignored (never a card), a name not yet asked for, or new.
 */
export const WORD_MARKS = ['new', 'learning', 'known', 'ignored', 'name'] as const;
export type WordMark = (typeof WORD_MARKS)[number];

/** The mark of a word (`w`) by the learner's word card (`c`, possibly missing). */
export const WORD_MARK_SQL = Prisma.sql`CASE
  WHEN c.status = 'IGNORED' THEN 'ignored'
  WHEN c.status = 'KNOWN' OR c.state = 'REVIEW' THEN 'known'
  WHEN c.state IN ('LEARNING', 'RELEARNING') THEN 'learning'
  WHEN w."isName" AND c."queuedAt" IS NULL THEN 'name'
  ELSE 'new' END`;

export interface ArticleSummary {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  importedAt: Date;
  /** Word tokens: every occurrence of a word or name. */
  tokens: number;
  distinctWords: number;
  /** Distinct words by mark; names not yet studied count as new. */
  newWords: number;
  learningWords: number;
  knownWords: number;
  ignoredWords: number;
  /** Tokens of known words. */
  knownTokens: number;
  /** Tokens of ignored words: left out of coverage. */
  ignoredTokens: number;
  /** The HSK level most of its distinct leveled words have (the lower on a tie); null when none has one. */
  mostlyHsk: number | null;
}

/** Share of the article the learner knows, by tokens and by distinct words, ignored words left out; null for an article without words. */
export function coverage(article: ArticleSummary): { tokens: number | null; words: number | null } {
  const tokens = article.tokens - article.ignoredTokens;
  const words = article.distinctWords - article.ignoredWords;
  return {
    tokens: tokens > 0 ? article.knownTokens / tokens : null,
    words: words > 0 ? article.knownWords / words : null,
  };
}

/** Every article with its counts for this learner, the newest first, in one query over the articles' words (ArticleWord). */
export async function listArticles(db: Db, user: Pick<User, 'id'>): Promise<ArticleSummary[]> {
  return db.$queryRaw<ArticleSummary[]>`
    WITH marked AS (
      SELECT uses."articleId", uses."wordId", uses.tokens, w."hskLevel", ${WORD_MARK_SQL} AS mark
      FROM "ArticleWord" uses JOIN "Word" w ON w.id = uses."wordId"
      LEFT JOIN "Card" c ON c."wordId" = uses."wordId" AND c."userId" = ${user.id} AND c.kind = 'WORD'
    ),
    counts AS (
      SELECT "articleId",
        sum(tokens)::int AS tokens,
        count(*)::int AS "distinctWords",
        count(*) FILTER (WHERE mark IN ('new', 'name'))::int AS "newWords",
        count(*) FILTER (WHERE mark = 'learning')::int AS "learningWords",
        count(*) FILTER (WHERE mark = 'known')::int AS "knownWords",
        count(*) FILTER (WHERE mark = 'ignored')::int AS "ignoredWords",
        coalesce(sum(tokens) FILTER (WHERE mark = 'known'), 0)::int AS "knownTokens",
        coalesce(sum(tokens) FILTER (WHERE mark = 'ignored'), 0)::int AS "ignoredTokens"
      FROM marked GROUP BY "articleId"
    ),
    levels AS (
      SELECT DISTINCT ON ("articleId") "articleId", "hskLevel"
      FROM marked WHERE "hskLevel" IS NOT NULL
      GROUP BY "articleId", "hskLevel"
      ORDER BY "articleId", count(*) DESC, "hskLevel"
    )
    SELECT a.id, a.title, a.source, a.author, a."importedAt",
      coalesce(counts.tokens, 0) AS tokens, coalesce(counts."distinctWords", 0) AS "distinctWords",
      coalesce(counts."newWords", 0) AS "newWords", coalesce(counts."learningWords", 0) AS "learningWords",
      coalesce(counts."knownWords", 0) AS "knownWords", coalesce(counts."ignoredWords", 0) AS "ignoredWords",
      coalesce(counts."knownTokens", 0) AS "knownTokens", coalesce(counts."ignoredTokens", 0) AS "ignoredTokens",
      levels."hskLevel" AS "mostlyHsk"
    FROM "Article" a
    LEFT JOIN counts ON counts."articleId" = a.id
    LEFT JOIN levels ON levels."articleId" = a.id
    ORDER BY a."importedAt" DESC, a.id DESC`;
}

export interface ReadingToken {
  start: number;
  length: number;
  wordId: number;
  /** The word's reading in this sentence. */
  reading: string;
}

export interface ReadingSentence {
  id: number;
  paragraph: number;
  text: string;
  /** In order, not overlapping. */
  tokens: ReadingToken[];
}

export interface ReadingArticle {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  importedAt: Date;
  /** Paragraphs in order, each its sentences in order. */
  paragraphs: ReadingSentence[][];
  /** The learner's mark of every word the article uses, by word id. */
  marks: Record<number, WordMark>;
}

interface SentenceRow {
  id: number;
  paragraph: number;
  text: string;
  starts: number[];
  lengths: number[];
  words: number[];
  readings: string[];
}

/** An article as it is read: its sentences with the place of each word, and the learner's mark of every word. */
export async function loadReadingArticle(db: Db, user: Pick<User, 'id'>, articleId: number): Promise<ReadingArticle | null> {
  const [article, rows, marks] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, source: true, author: true, importedAt: true } }),
    db.$queryRaw<SentenceRow[]>`
      SELECT s.id, s.paragraph, s.text,
        coalesce(array_agg(o.start ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS starts,
        coalesce(array_agg(o.length ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS lengths,
        coalesce(array_agg(o."wordId" ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS words,
        coalesce(array_agg(o.reading ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS readings
      FROM "Sentence" s LEFT JOIN "Occurrence" o ON o."sentenceId" = s.id
      WHERE s."articleId" = ${articleId}
      GROUP BY s.id
      ORDER BY s.position`,
    db.$queryRaw<{ id: number; mark: WordMark }[]>`
      SELECT w.id, ${WORD_MARK_SQL} AS mark
      FROM "Word" w LEFT JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${user.id} AND c.kind = 'WORD'
      WHERE w.id IN (SELECT o."wordId" FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" WHERE s."articleId" = ${articleId})`,
  ]);
  if (!article) return null;
  const paragraphs: ReadingSentence[][] = [];
  let lastParagraph: number | null = null;
  for (const row of rows) {
    const tokens: ReadingToken[] = [];
    let end = 0;
    row.starts.forEach((start, index) => {
      if (start < end) return;
      tokens.push({ start, length: row.lengths[index], wordId: row.words[index], reading: row.readings[index] });
      end = start + row.lengths[index];
    });
    const sentence = { id: row.id, paragraph: row.paragraph, text: row.text, tokens };
    if (row.paragraph === lastParagraph) paragraphs.at(-1)!.push(sentence);
    else paragraphs.push([sentence]);
    lastParagraph = row.paragraph;
  }
  return { ...article, paragraphs, marks: Object.fromEntries(marks.map((word) => [word.id, word.mark])) };
}

/** The article's title, or null when there is no such article. */
export async function articleTitle(db: Db, articleId: number): Promise<string | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true } });
  return article?.title ?? null;
}
