import type { Db } from '@/lib/db/client';
import { Prisma, type CardState, type CardStatus, type User } from '@/lib/generated/prisma/client';
import { normalizePinyinQuery } from '@/lib/chinese/pinyin';
import { cardFromSnapshot } from '@/lib/scheduling/fsrs';
import { MAX_INT32 } from '@/lib/validation/ids';
import { OFFERED_AS_NEW, schedulerFor, storedCard } from './review';
import { loadSentencesForWord, type ContextSentence, type Meaning } from './sentences';

export const WORD_FILTERS = ['all', 'due', 'new', 'learning', 'review', 'known', 'suspended', 'ignored', 'names', 'retired'] as const;
export type WordFilter = (typeof WORD_FILTERS)[number];
/** A word's HSK level, "none" for the words in no HSK list. */
export const WORD_LEVELS = ['any', '1', '2', '3', '4', '5', '6', 'none'] as const;
export type WordLevelFilter = (typeof WORD_LEVELS)[number];
export const WORD_SORTS = ['frequency', 'general', 'due', 'recent'] as const;
export type WordSort = (typeof WORD_SORTS)[number];
export const WORDS_PAGE_SIZE = 50;
/** Keeps the list's OFFSET within a 32-bit integer. */
const LAST_POSSIBLE_PAGE = Math.floor(MAX_INT32 / WORDS_PAGE_SIZE);

export interface WordListItem {
  id: number;
  hanzi: string;
  pinyin: string;
  /** By reading, the one used in the articles first. */
  meanings: Meaning[];
  inDictionary: boolean;
  frequency: number;
  hskLevel: number | null;
  generalRank: number | null;
  cardId: number;
  state: CardState;
  status: CardStatus;
  due: Date;
}

export interface WordSearch {
  query?: string;
  filter?: WordFilter;
  level?: WordLevelFilter;
  sort?: WordSort;
  page?: number;
}

const HAN = /\p{Script=Han}/u;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function filterCondition(filter: WordFilter, now: Date): Prisma.Sql {
  switch (filter) {
    case 'all':
      return Prisma.sql`c.status <> 'RETIRED'`;
    case 'due':
      return Prisma.sql`c.status = 'ACTIVE' AND c.state <> 'NEW' AND c.due <= ${now}`;
    case 'new':
      return Prisma.sql`c.status = 'ACTIVE' AND c.state = 'NEW' AND ${OFFERED_AS_NEW}`;
    case 'names':
      return Prisma.sql`w."isName" AND c.status <> 'RETIRED'`;
    case 'retired':
      return Prisma.sql`c.status = 'RETIRED'`;
    case 'learning':
      return Prisma.sql`c.status = 'ACTIVE' AND c.state IN ('LEARNING', 'RELEARNING')`;
    case 'review':
      return Prisma.sql`c.status = 'ACTIVE' AND c.state = 'REVIEW'`;
    case 'known':
      return Prisma.sql`c.status = 'KNOWN'`;
    case 'suspended':
      return Prisma.sql`c.status = 'SUSPENDED'`;
    case 'ignored':
      return Prisma.sql`c.status = 'IGNORED'`;
  }
}

function levelCondition(level: WordLevelFilter): Prisma.Sql {
  if (level === 'none') return Prisma.sql`w."hskLevel" IS NULL`;
  const hsk = WORD_LEVELS.indexOf(level);
  return hsk >= 1 && hsk <= 6 ? Prisma.sql`w."hskLevel" = ${hsk}` : Prisma.sql`TRUE`;
}

/**
 * Hanzi match by substring; pinyin with or without tones (marks or numbers) by prefix of the whole reading
 * or of a syllable boundary-free substring; English by the start of a word in any definition.
 */
function queryCondition(query: string): { where: Prisma.Sql; rank: Prisma.Sql } {
  if (HAN.test(query)) {
    return {
      where: Prisma.sql`w.hanzi LIKE ${`%${escapeLike(query)}%`}`,
      rank: Prisma.sql`CASE WHEN w.hanzi = ${query} THEN 0 WHEN w.hanzi LIKE ${`${escapeLike(query)}%`} THEN 1 ELSE 2 END`,
    };
  }
  const pinyin = normalizePinyinQuery(query);
  const english = Prisma.sql`w.glossary ~* ${`\\m${escapeRegex(query.trim())}`}`;
  const englishFirst = Prisma.sql`CASE WHEN w.glossary ~* ${`^(to )?${escapeRegex(query.trim())}\\M`} THEN 0 ELSE 1 END`;
  if (!pinyin.plain) return { where: english, rank: englishFirst };
  const pinyinMatch = pinyin.marked
    ? Prisma.sql`w."pinyinMarkedKey" LIKE ${`%${escapeLike(pinyin.marked)}%`}`
    : Prisma.sql`w."pinyinPlain" LIKE ${`%${escapeLike(pinyin.plain)}%`}`;
  const exact = pinyin.marked
    ? Prisma.sql`w."pinyinMarkedKey" = ${pinyin.marked}`
    : Prisma.sql`w."pinyinPlain" = ${pinyin.plain}`;
  const prefix = pinyin.marked
    ? Prisma.sql`w."pinyinMarkedKey" LIKE ${`${escapeLike(pinyin.marked)}%`}`
    : Prisma.sql`w."pinyinPlain" LIKE ${`${escapeLike(pinyin.plain)}%`}`;
  return {
    where: Prisma.sql`(${pinyinMatch} OR ${english})`,
    rank: Prisma.sql`CASE WHEN ${exact} THEN 0 WHEN ${prefix} THEN 1 WHEN ${pinyinMatch} THEN 2 ELSE 3 END`,
  };
}

function orderBy(sort: WordSort): Prisma.Sql {
  switch (sort) {
    case 'frequency':
      return Prisma.sql`w.frequency DESC, w.id`;
    case 'general':
      return Prisma.sql`w."generalRank" NULLS LAST, w.frequency DESC, w.id`;
    case 'due':
      return Prisma.sql`(c.state = 'NEW'), c.due, w.id`;
    case 'recent':
      return Prisma.sql`c."lastReview" DESC NULLS LAST, w.id`;
  }
}

/** Searches the learner's words; a page past the last shows the last page. */
export async function searchWords(
  db: Db,
  user: User,
  { query = '', filter = 'all', level = 'any', sort = 'frequency', page = 1 }: WordSearch,
  now: Date,
): Promise<{ words: WordListItem[]; total: number; page: number; pageCount: number }> {
  const trimmed = query.trim();
  const match = trimmed ? queryCondition(trimmed) : null;
  const where = Prisma.sql`${match?.where ?? Prisma.sql`TRUE`} AND ${filterCondition(filter, now)} AND ${levelCondition(level)}`;
  const listPage = async (pageNumber: number) => {
    const rows = await db.$queryRaw<(WordListItem & { total: number })[]>`
      SELECT w.id, w.hanzi, w.pinyin, w.meanings, w."inDictionary", w.frequency, w."hskLevel", w."generalRank",
             c.id AS "cardId", c.state, c.status, c.due, (count(*) OVER ())::int AS total
      FROM "Word" w JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${user.id} AND c.kind = 'WORD'
      WHERE ${where}
      ORDER BY ${match ? Prisma.sql`${match.rank}, ` : Prisma.empty}${orderBy(sort)}
      LIMIT ${WORDS_PAGE_SIZE} OFFSET ${(pageNumber - 1) * WORDS_PAGE_SIZE}`;
    return { rows, total: rows[0]?.total ?? 0 };
  };
  const countMatches = async () => {
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "Word" w JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${user.id} AND c.kind = 'WORD'
      WHERE ${where}`;
    return total;
  };

  let pageNumber = Math.min(Math.max(1, Math.floor(page) || 1), LAST_POSSIBLE_PAGE);
  let { rows, total } = await listPage(pageNumber);
  if (rows.length === 0 && pageNumber > 1) {
    const lastPage = Math.max(1, Math.ceil((await countMatches()) / WORDS_PAGE_SIZE));
    pageNumber = Math.min(pageNumber, lastPage);
    ({ rows, total } = await listPage(pageNumber));
  }
  return {
    words: rows.map(({ total: _total, ...word }) => word),
    total,
    page: pageNumber,
    pageCount: Math.max(1, Math.ceil(total / WORDS_PAGE_SIZE)),
  };
}

export interface WordDetail {
  id: number;
  hanzi: string;
  pinyin: string;
  meanings: Meaning[];
  inDictionary: boolean;
  isFunctionWord: boolean;
  /** A proper name: glossed, and among the new cards only once the learner asks (`card.queuedAt`). */
  isName: boolean;
  /** When no article uses it any more: the words that took its place (碳中 → 碳中和). */
  replacedBy: string | null;
  frequency: number;
  /** HSK 2.0 level; null: not in HSK. */
  hskLevel: number | null;
  /** Rank in general use (1 the most frequent); null: not in the list. */
  generalRank: number | null;
  card: {
    id: number;
    state: CardState;
    status: CardStatus;
    due: Date;
    stability: number;
    difficulty: number;
    reps: number;
    lapses: number;
    lastReview: Date | null;
    queuedAt: Date | null;
    /** The chance, by FSRS, that the learner recalls the word right now; null for a new card. */
    retrievability: number | null;
  };
  sentences: ContextSentence[];
  sentenceCount: number;
  /** Newest first; `stabilityBefore` is the card's stability before the review (0 when new). */
  reviews: { id: number; rating: number; stateBefore: CardState; reviewedAt: Date; scheduledDays: number; dueAfter: Date; durationMs: number | null; stabilityBefore: number }[];
}

export async function getWordDetail(db: Db, user: User, wordId: number, now: Date): Promise<WordDetail | null> {
  const word = await db.word.findUnique({
    where: { id: wordId },
    include: { cards: { where: { userId: user.id, kind: 'WORD' } } },
  });
  const card = word?.cards[0];
  if (!word || !card) return null;
  const [{ sentences, total }, reviews] = await Promise.all([
    loadSentencesForWord(db, word.id, { limit: 10_000 }),
    db.reviewLog.findMany({
      where: { cardId: card.id },
      orderBy: { reviewedAt: 'desc' },
      select: { id: true, rating: true, stateBefore: true, reviewedAt: true, scheduledDays: true, dueAfter: true, durationMs: true, cardBefore: true },
    }),
  ]);
  return {
    id: word.id,
    hanzi: word.hanzi,
    pinyin: word.pinyin,
    meanings: word.meanings as unknown as Meaning[],
    inDictionary: word.inDictionary,
    isFunctionWord: word.isFunctionWord,
    isName: word.isName,
    replacedBy: word.replacedBy,
    frequency: word.frequency,
    hskLevel: word.hskLevel,
    generalRank: word.generalRank,
    card: { ...card, retrievability: schedulerFor(user).retrievability(storedCard(card), now) },
    sentences,
    sentenceCount: total,
    reviews: reviews.map(({ cardBefore, ...review }) => ({ ...review, stabilityBefore: cardFromSnapshot(cardBefore).stability })),
  };
}
