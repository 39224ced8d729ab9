import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';
import { countArticleWords, type ArticleWordCounts, type CountedMark } from '@/lib/articles/word-counts';

export { coverage } from '@/lib/articles/word-counts';

export interface ArticleSummary extends ArticleWordCounts {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  importedAt: Date;
}

interface ArticleWords {
  /** Which articles and words these are: the articles' count, their last change, the newest word. */
  version: string;
  uses: Map<number, { wordIds: Int32Array; tokens: Int32Array }>;
}

/**
 * The words of every article, kept between requests: a learner's list then reads only their cards that are not
 * new (and the few thousand words with an HSK level, which the seed can give to older words at any time). Content
 * changes only with an article's own row (an import, a deleted article, a boundary fix: refreshArticleWords
 * touches it), or with new words; `version` tells.
 */
let cached: { db: Db; words: ArticleWords } | undefined;

async function articleWords(db: Db, version: string): Promise<ArticleWords> {
  if (cached?.db === db && cached.words.version === version) return cached.words;
  const rows = await db.$queryRaw<{ articleId: number; wordIds: number[]; tokens: number[] }[]>`
    SELECT "articleId", array_agg("wordId") AS "wordIds", array_agg(tokens) AS tokens FROM "ArticleWord" GROUP BY "articleId"`;
  const words: ArticleWords = {
    version,
    uses: new Map(rows.map((row) => [row.articleId, { wordIds: Int32Array.from(row.wordIds), tokens: Int32Array.from(row.tokens) }])),
  };
  cached = { db, words };
  return words;
}

const NO_WORDS = { wordIds: new Int32Array(0), tokens: new Int32Array(0) };
const MARK_CODES: readonly CountedMark[] = ['new', 'learning', 'known', 'ignored'];

/**
 * Every article with its counts for this learner, the newest first. Known: in review or marked known; learning:
 * in its (re)learning steps; ignored: never a card; every other word (a name not yet asked for too) is new.
 */
export async function listArticles(db: Db, user: Pick<User, 'id'>): Promise<ArticleSummary[]> {
  const [articles, [{ version }], studied, levels] = await Promise.all([
    db.article.findMany({ select: { id: true, title: true, source: true, author: true, importedAt: true }, orderBy: [{ importedAt: 'desc' }, { id: 'desc' }] }),
    db.$queryRaw<{ version: string }[]>`
      SELECT concat_ws(' ', (SELECT count(*) FROM "Article"), (SELECT max("updatedAt") FROM "Article"), (SELECT max(id) FROM "Word")) AS version`,
    db.$queryRaw<{ wordId: number; mark: CountedMark }[]>`
      SELECT "wordId", CASE WHEN status = 'IGNORED' THEN 'ignored' WHEN status = 'KNOWN' OR state = 'REVIEW' THEN 'known' ELSE 'learning' END AS mark
      FROM "Card"
      WHERE "userId" = ${user.id} AND kind = 'WORD' AND (status IN ('IGNORED', 'KNOWN') OR state <> 'NEW')`,
    db.$queryRaw<{ id: number; hskLevel: number }[]>`SELECT id, "hskLevel" FROM "Word" WHERE "hskLevel" IS NOT NULL`,
  ]);
  const words = await articleWords(db, version);
  // Marks and levels by word id in small arrays: a hundred articles look up tens of thousands of words per request.
  const marks = new Uint8Array(studied.reduce((max, card) => Math.max(max, card.wordId), 0) + 1);
  for (const card of studied) marks[card.wordId] = MARK_CODES.indexOf(card.mark);
  const markOf = (wordId: number) => MARK_CODES[marks[wordId] ?? 0];
  const hskLevels = new Uint8Array(levels.reduce((max, word) => Math.max(max, word.id), 0) + 1);
  for (const word of levels) hskLevels[word.id] = word.hskLevel;
  const hskLevelOf = (wordId: number) => hskLevels[wordId] || undefined;
  return articles.map((article) => ({ ...article, ...countArticleWords(words.uses.get(article.id) ?? NO_WORDS, markOf, hskLevelOf) }));
}
