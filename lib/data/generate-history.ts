import type { Db } from '@/lib/db/client';
import { loadCedict } from '@/lib/chinese/cedict';
import { describeWordInUse } from '@/lib/chinese/describe-word';
import { planNewCardsPerDay, simulateLearner, type LearnerOptions, type SimulatedHistory } from '@/lib/scheduling/simulated-learner';
import { syntheticArticles } from '@/lib/vocabulary/synthetic-articles';
import { describedWordRow } from './import-words';
import { ensureReviewSlots } from './review-slots';
import { insertArticles, insertCards, insertReviews, insertUser, insertWords, saveFinalCards, type WordRow } from './history-rows';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface HistoryOptions {
  seed: number;
  cards: number;
  reviews: number;
  days: number;
  articles: number;
  now: Date;
  timeZone: string;
  dayStartHour: number;
  /** Sentences to build the articles from, as tokens, and dictionary words to fill the word bank with. */
  templates: string[][];
  dictionaryWords: string[];
  isWordToken(token: string): boolean;
}

export interface HistorySummary {
  articles: number;
  sentences: number;
  words: number;
  cards: number;
  reviews: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  cardsByStatus: Record<string, number>;
}

export type HistoryProgress = (stage: string, done: number, total: number) => void;

export class HistoryRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryRefusedError';
  }
}

const REVIEW_BATCH = 5_000;
const DAY = 86_400_000;

/** What the database already holds that a generated history would mix with, or null when it is empty. */
export async function historyBlocker(db: Pick<Db, '$queryRaw'>): Promise<string | null> {
  const [counts] = await db.$queryRaw<{ users: number; words: number; cards: number; reviews: number }[]>`
    SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Word") AS words,
           (SELECT count(*)::int FROM "Card") AS cards, (SELECT count(*)::int FROM "ReviewLog") AS reviews`;
  if (counts.cards + counts.reviews + counts.words + counts.users === 0) return null;
  return (
    `This database already holds ${counts.cards} cards, ${counts.reviews} reviews, ${counts.words} words and ${counts.users} learners: ` +
    'the history generator only fills an empty database, so that no one\'s progress is mixed with made-up reviews. Nothing was written.'
  );
}

function describeWords(words: { hanzi: string; isName: boolean; frequency: number }[]): WordRow[] {
  const cedict = loadCedict();
  const rows = words.map((word, index) => {
    return {
      ...describedWordRow(word.hanzi, describeWordInUse(word.hanzi, [], cedict), word.isName),
      frequency: word.frequency,
      studyRank: 0,
      arrival: index,
    };
  });
  // As an import ranks them: most frequent first, function words last, ties in the order they came in.
  [...rows]
    .sort((a, b) => Number(a.isFunctionWord) - Number(b.isFunctionWord) || b.frequency - a.frequency || a.arrival - b.arrival)
    .forEach((row, index) => (row.studyRank = index + 1));
  return rows;
}

/**
 * Fills an empty database with a learner's history: articles whose words make the word bank, a card for each
 * word, and `reviews` reviews over `days` days by a simulated learner, all in one transaction.
 */
export async function generateHistory(db: Db, options: HistoryOptions, onProgress: HistoryProgress = () => {}): Promise<HistorySummary> {
  const blocker = await historyBlocker(db);
  if (blocker) throw new HistoryRefusedError(blocker);
  const content = syntheticArticles({
    seed: options.seed,
    words: options.cards,
    articles: options.articles,
    templates: options.templates,
    dictionaryWords: options.dictionaryWords,
    isWordToken: options.isWordToken,
  });
  onProgress('describing words', 0, content.words.length);
  const words = describeWords(content.words);
  onProgress('describing words', words.length, words.length);
  const start = new Date(options.now.getTime() - options.days * DAY);

  const { userId, summary } = await db.$transaction(
    async (tx) => {
      const blockerNow = await historyBlocker(tx);
      if (blockerNow) throw new HistoryRefusedError(blockerNow);
      const [{ superuser }] = await tx.$queryRaw<{ superuser: boolean }[]>`SELECT current_setting('is_superuser') = 'on' AS superuser`;
      // Every row is made consistent here, so a connection that may skips the foreign-key checks of each row.
      if (superuser) await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      const userId = await insertUser(tx, { timeZone: options.timeZone, dayStartHour: options.dayStartHour, createdAt: start });
      const sentences = await insertArticles(tx, content.articles, await insertWords(tx, words), start, onProgress);
      const cardIds = await insertCards(tx, userId, start);
      const history = await simulate(tx, options, words, cardIds, userId, start, onProgress);
      await saveFinalCards(tx, history.cards, start, onProgress);
      await tx.user.update({ where: { id: userId }, data: history.settings });
      if (superuser) await tx.$executeRaw`SET LOCAL session_replication_role = origin`;
      const cardsByStatus: Record<string, number> = {};
      for (const card of history.cards) cardsByStatus[card.status] = (cardsByStatus[card.status] ?? 0) + 1;
      const summary: HistorySummary = {
        articles: content.articles.length,
        sentences,
        words: words.length,
        cards: cardIds.size,
        reviews: history.reviews,
        ...history.settings,
        cardsByStatus,
      };
      return { userId, summary };
    },
    { maxWait: 10_000, timeout: 60 * 60_000 },
  );
  // As a database in use would be: statistics counted into their slots, dead row versions gone, planner statistics fresh.
  onProgress('counting review slots', 0, 1);
  await ensureReviewSlots(db, { id: userId });
  onProgress('counting review slots', 1, 1);
  onProgress('vacuum analyze', 0, 1);
  await db.$executeRawUnsafe('VACUUM ANALYZE');
  onProgress('vacuum analyze', 1, 1);
  return summary;
}

async function simulate(
  tx: Tx,
  options: HistoryOptions,
  words: WordRow[],
  cardIdsByWord: Map<string, number>,
  userId: number,
  start: Date,
  onProgress: HistoryProgress,
): Promise<SimulatedHistory> {
  const byRank = [...words].sort((a, b) => a.studyRank - b.studyRank);
  const learner: LearnerOptions = {
    seed: options.seed,
    cardIds: byRank.filter((word) => !word.isName).map((word) => cardIdsByWord.get(word.hanzi)!),
    nameCardIds: byRank.filter((word) => word.isName).map((word) => cardIdsByWord.get(word.hanzi)!),
    start,
    end: options.now,
    targetReviews: options.reviews,
    timeZone: options.timeZone,
    dayStartHour: options.dayStartHour,
    desiredRetention: 0.9,
  };
  onProgress('planning', 0, 1);
  const run = simulateLearner({ ...learner, newCardsPerDay: planNewCardsPerDay(learner) });
  onProgress('planning', 1, 1);
  let batch = [];
  let written = 0;
  for (let step = run.next(); ; step = run.next()) {
    if (!step.done) batch.push(step.value);
    if (batch.length >= REVIEW_BATCH || (step.done && batch.length > 0)) {
      await insertReviews(tx, userId, batch);
      written += batch.length;
      onProgress('reviews', written, options.reviews);
      batch = [];
    }
    if (step.done) return step.value;
  }
}

