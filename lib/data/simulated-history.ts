import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { SimulatedReview } from '@/lib/optimisation/simulate';

const BATCH = 5000;

/**
 * Writes a simulated learner's reviews into the learner's review log (for tests and demonstrations): the
 * simulated cards become the learner's first cards by id, and placeholder words with cards are added when
 * the learner has too few. The cards themselves are left as they are.
 */
export async function storeSimulatedHistory(db: Db, userId: number, reviews: SimulatedReview[]): Promise<number[]> {
  const needed = reviews.reduce((most, review) => Math.max(most, review.cardId + 1), 0);
  let cards = await db.card.findMany({ where: { userId }, select: { id: true }, orderBy: { id: 'asc' }, take: needed });
  if (cards.length < needed) {
    const missing = needed - cards.length;
    const words = await db.word.createManyAndReturn({
      data: Array.from({ length: missing }, (_, index) => ({
        hanzi: `模拟${randomUUID().slice(0, 8)}${index}`,
        pinyin: 'mónǐ',
        pinyinPlain: 'moni',
        pinyinMarkedKey: 'mo2ni3',
        meanings: [],
        glossary: 'simulated word',
        inDictionary: false,
      })),
      select: { id: true },
    });
    await db.card.createMany({ data: words.map((word) => ({ userId, wordId: word.id, due: new Date() })) });
    cards = await db.card.findMany({ where: { userId }, select: { id: true }, orderBy: { id: 'asc' }, take: needed });
  }
  const cardIds = cards.map((card) => card.id);
  for (let start = 0; start < reviews.length; start += BATCH) {
    await db.reviewLog.createMany({
      data: reviews.slice(start, start + BATCH).map((review) => ({
        requestId: randomUUID(),
        userId,
        cardId: cardIds[review.cardId],
        rating: review.rating,
        stateBefore: review.stateBefore,
        cardBefore: {},
        versionAfter: 1,
        elapsedDays: 0,
        scheduledDays: 0,
        dueAfter: review.reviewedAt,
        reviewedAt: review.reviewedAt,
      })),
    });
  }
  return cardIds;
}
