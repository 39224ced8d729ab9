import { choosePart, splitIntoParts, type ArticlePart } from '@/lib/articles/parts';
import type { Db } from '@/lib/db/client';
import { intArray } from './import-words';
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
  /** The paragraphs of the part shown, in order, each its sentences in order. */
  paragraphs: ReadingSentence[][];
  /** The learner's mark of every word the part uses, by word id. */
  marks: Record<number, WordMark>;
  /** Which part this is (1-based), of how many (lib/articles/parts.ts). */
  part: number;
  parts: number;
}

/** Which part to show: a part number from the address, or the sentence a link points to (its part wins). */
export interface ReadingPlace {
  part?: number | null;
  sentenceId?: number | null;
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

interface ArticleLayout {
  updatedAt: number;
  parts: ArticlePart[];
  /** Sentence id → position, to find the part a link points to. */
  positions: Map<number, number>;
  /** The text of parts already read, by part number: the same for every learner until the article changes. */
  texts: Map<number, ReadingSentence[][]>;
}

/** Parts of one article whose text is kept: a reader goes on from part to part, rarely back far. */
const TEXTS_KEPT = 4;

/**
 * The parts of recently read articles, kept until the article's row changes (every change to its sentences
 * touches it): working them out reads every sentence of a novel.
 */
const layoutsByDb = new WeakMap<Db, Map<number, ArticleLayout>>();
const LAYOUTS_KEPT = 50;

async function articleLayout(db: Db, articleId: number, updatedAt: Date): Promise<ArticleLayout> {
  let layouts = layoutsByDb.get(db);
  if (!layouts) layoutsByDb.set(db, (layouts = new Map()));
  const kept = layouts.get(articleId);
  if (kept && kept.updatedAt === updatedAt.getTime()) return kept;
  const sentences = await db.$queryRaw<{ id: number; position: number; paragraph: number }[]>`
    SELECT id, position, paragraph FROM "Sentence" WHERE "articleId" = ${articleId} ORDER BY position`;
  const layout = {
    updatedAt: updatedAt.getTime(),
    parts: splitIntoParts(sentences),
    positions: new Map(sentences.map((sentence) => [sentence.id, sentence.position])),
    texts: new Map(),
  };
  layouts.delete(articleId);
  layouts.set(articleId, layout);
  if (layouts.size > LAYOUTS_KEPT) layouts.delete(layouts.keys().next().value!);
  return layout;
}

const NO_PART: ArticlePart = { first: 0, last: -1 };

/** The sentences of a part with the place and reading of each word, paragraph by paragraph: read once, then kept. */
async function partText(db: Db, layout: ArticleLayout, articleId: number, part: number): Promise<ReadingSentence[][]> {
  const kept = layout.texts.get(part);
  if (kept) return kept;
  const { first, last } = layout.parts[part - 1] ?? NO_PART;
  const rows = await db.$queryRaw<SentenceRow[]>`
    SELECT s.id, s.paragraph, s.text,
      coalesce(array_agg(o.start ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS starts,
      coalesce(array_agg(o.length ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS lengths,
      coalesce(array_agg(o."wordId" ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS words,
      coalesce(array_agg(o.reading ORDER BY o.start) FILTER (WHERE o.id IS NOT NULL), '{}') AS readings
    FROM "Sentence" s LEFT JOIN "Occurrence" o ON o."sentenceId" = s.id
    WHERE s."articleId" = ${articleId} AND s.position BETWEEN ${first} AND ${last}
    GROUP BY s.id
    ORDER BY s.position`;
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
  layout.texts.set(part, paragraphs);
  if (layout.texts.size > TEXTS_KEPT) layout.texts.delete(layout.texts.keys().next().value!);
  return paragraphs;
}

/**
 * An article as it is read, a part at a time: the part's sentences with the place of each word, and the learner's
 * mark of every word in them.
 */
export async function loadReadingArticle(db: Db, user: Pick<User, 'id'>, articleId: number, place: ReadingPlace = {}): Promise<ReadingArticle | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, source: true, author: true, importedAt: true, updatedAt: true },
  });
  if (!article) return null;
  const layout = await articleLayout(db, articleId, article.updatedAt);
  const sentencePosition = place.sentenceId == null ? null : (layout.positions.get(place.sentenceId) ?? null);
  const part = choosePart(layout.parts, place.part ?? null, sentencePosition);
  const paragraphs = await partText(db, layout, articleId, part);
  // The words of the part, from its text (kept between requests): no second read of its occurrences.
  const wordIds = new Set(paragraphs.flatMap((sentences) => sentences.flatMap((sentence) => sentence.tokens.map((token) => token.wordId))));
  const marks = await db.$queryRaw<{ id: number; mark: WordMark }[]>`
    SELECT w.id, ${WORD_MARK_SQL} AS mark
    FROM "Word" w LEFT JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${user.id} AND c.kind = 'WORD'
    WHERE w.id = ANY(${intArray(wordIds)}::int[])`;
  const { updatedAt: _updatedAt, ...shown } = article;
  return { ...shown, paragraphs, marks: Object.fromEntries(marks.map((word) => [word.id, word.mark])), part, parts: Math.max(1, layout.parts.length) };
}


/** The article's title, or null when there is no such article. */
export async function articleTitle(db: Db, articleId: number): Promise<string | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true } });
  return article?.title ?? null;
}
