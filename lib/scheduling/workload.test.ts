import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, type StoredCard } from './fsrs';
import { estimateWorkloads, retentionsAround, simulateWorkload, type WorkloadInput } from './workload';

const now = new Date('2026-03-10T01:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** Review cards learnt over the last months, due over the coming weeks. */
function reviewCards(count: number): StoredCard[] {
  const scheduler = createScheduler();
  return Array.from({ length: count }, (_, index) => {
    const learntAt = new Date(now.getTime() - (1 + (index % 90)) * DAY);
    let card = newCard(learntAt);
    for (const grade of ['good', 'good', index % 3 === 0 ? 'hard' : 'good'] as const) card = scheduler.grade(card, grade, card.due, index).card;
    return card;
  });
}

const INPUT: WorkloadInput = {
  cards: reviewCards(300),
  newCards: 500,
  newCardsPerDay: 10,
  reviewsPerDay: 9999,
  scheduler: { maximumIntervalDays: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] },
  secondsPerReview: 8,
  secondsPerLearningStep: 12,
  days: 365,
  now,
};

describe('retentionsAround', () => {
  it('gives the chosen retention and a few around it, within 70–99 %', () => {
    expect(retentionsAround(90)).toEqual([0.8, 0.85, 0.9, 0.93, 0.96]);
    expect(retentionsAround(97)).toEqual([0.87, 0.92, 0.97, 0.99]);
    expect(retentionsAround(70)).toEqual([0.7, 0.73, 0.76]);
  });
});

describe('simulateWorkload', () => {
  it('is nothing with no cards', () => {
    expect(simulateWorkload({ ...INPUT, cards: [], newCards: 0 }, 0.9)).toEqual({ desiredRetention: 0.9, reviewsPerDay: 0, minutesPerDay: 0, memorisedAtEnd: 0 });
  });

  it('counts each learning step of a new card as an answer', () => {
    const oneDay = { ...INPUT, cards: [], newCards: 100, days: 1 };
    expect(simulateWorkload(oneDay, 0.9)).toMatchObject({ reviewsPerDay: 20, minutesPerDay: (20 * 12) / 60 });
    expect(simulateWorkload({ ...oneDay, scheduler: { ...INPUT.scheduler, learningSteps: ['1m', '10m', '1h'] } }, 0.9).reviewsPerDay).toBe(30);
    expect(simulateWorkload({ ...oneDay, scheduler: { ...INPUT.scheduler, learningSteps: [] } }, 0.9).reviewsPerDay).toBe(10);
  });

  it('asks for more reviews, and keeps more words, the higher the retention', () => {
    const estimates = estimateWorkloads(INPUT, [0.8, 0.85, 0.9, 0.95, 0.99]);
    for (let index = 1; index < estimates.length; index++) {
      expect(estimates[index].reviewsPerDay).toBeGreaterThan(estimates[index - 1].reviewsPerDay);
      expect(estimates[index].minutesPerDay).toBeGreaterThan(estimates[index - 1].minutesPerDay);
      expect(estimates[index].memorisedAtEnd).toBeGreaterThan(estimates[index - 1].memorisedAtEnd);
    }
    // 300 cards and 500 new ones: every card is somewhere between forgotten and remembered.
    expect(estimates[2].memorisedAtEnd).toBeGreaterThan(400);
    expect(estimates[2].memorisedAtEnd).toBeLessThan(800);
  });

  it('is the same every time', () => {
    expect(simulateWorkload(INPUT, 0.9)).toEqual(simulateWorkload(INPUT, 0.9));
  });

  it('never reviews more than the daily review limit, and a shorter maximum interval means more reviews', () => {
    const limited = simulateWorkload({ ...INPUT, newCards: 0, reviewsPerDay: 2 }, 0.95);
    // Each review may add its relearning step.
    expect(limited.reviewsPerDay).toBeLessThanOrEqual(4);
    const capped = simulateWorkload({ ...INPUT, scheduler: { ...INPUT.scheduler, maximumIntervalDays: 7 } }, 0.9);
    expect(capped.reviewsPerDay).toBeGreaterThan(simulateWorkload(INPUT, 0.9).reviewsPerDay);
  });

  it('simulates a year of a large word bank (8,000 cards) at five retentions within three seconds, even on a busy machine', () => {
    const large = { ...INPUT, cards: reviewCards(3000), newCards: 5000, newCardsPerDay: 20 };
    const started = performance.now();
    estimateWorkloads(large, retentionsAround(90));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
