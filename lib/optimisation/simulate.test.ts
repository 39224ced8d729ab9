import { describe, expect, it } from 'vitest';
import { cardHistories } from './history';
import { simulateHistory } from './simulate';

const START = new Date('2026-01-01T20:00:00Z'); // 4 am in Shanghai

describe('simulateHistory', () => {
  it('gives the same history for the same seed and another for another seed', () => {
    const options = { cards: 40, reviews: 500, firstDayStart: START };
    const first = simulateHistory({ ...options, seed: 3 });
    expect(simulateHistory({ ...options, seed: 3 })).toEqual(first);
    expect(simulateHistory({ ...options, seed: 4 }).reviews).not.toEqual(first.reviews);
    expect(first.reviews).toHaveLength(500);
  });

  it('starts every card with a review as a new card and keeps each study day’s reviews within it', () => {
    const { reviews, days } = simulateHistory({ seed: 5, cards: 30, reviews: 800, firstDayStart: START });
    const firstOfCard = new Map<number, string>();
    for (const review of reviews) if (!firstOfCard.has(review.cardId)) firstOfCard.set(review.cardId, review.stateBefore);
    expect([...firstOfCard.values()].every((state) => state === 'NEW')).toBe(true);
    expect(reviews.every((review) => review.rating >= 1 && review.rating <= 4)).toBe(true);
    const last = reviews.at(-1)!.reviewedAt.getTime();
    expect(last).toBeLessThan(START.getTime() + days * 86_400_000);
    // Every card converts, and some reviews fall between midnight and the 4 am day start.
    expect(cardHistories(reviews, 'Asia/Shanghai', 4)).toHaveLength(30);
    expect(reviews.some((review) => Number(review.reviewedAt.toLocaleString('en-GB', { timeZone: 'Asia/Shanghai', hour: 'numeric', hour12: false })) < 4)).toBe(true);
  });
});
