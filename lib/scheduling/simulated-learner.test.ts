import { describe, expect, it } from 'vitest';
import { cardFromSnapshot, cardSnapshot, createScheduler, GRADES, newCard } from './fsrs';
import { simulateLearner, type LearnerOptions, type SimulatedHistory, type SimulatedReview } from './simulated-learner';
import { studyDayKey } from './study-day';

const END = new Date('2026-03-15T12:00:00Z');
const OPTIONS: LearnerOptions = {
  seed: 7,
  cardIds: Array.from({ length: 60 }, (_, index) => 101 + index),
  nameCardIds: [901, 902, 903],
  start: new Date(END.getTime() - 90 * 86_400_000),
  end: END,
  targetReviews: 600,
  timeZone: 'Europe/Berlin',
  dayStartHour: 4,
  desiredRetention: 0.9,
  newCardsPerDay: 1.5,
};

function run(options: LearnerOptions = OPTIONS): { reviews: SimulatedReview[]; history: SimulatedHistory } {
  const reviews: SimulatedReview[] = [];
  const generator = simulateLearner(options);
  for (let step = generator.next(); ; step = generator.next()) {
    if (step.done) return { reviews, history: step.value };
    reviews.push(step.value);
  }
}

const localHour = (instant: Date) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' }).format(instant));

describe('simulateLearner', () => {
  const { reviews, history } = run();

  it('is the same history for the same seed, and another for another seed', () => {
    expect(run()).toEqual({ reviews, history });
    expect(run({ ...OPTIONS, seed: 8 }).reviews).not.toEqual(reviews);
  });

  it('reviews in time order, before the study day holding the end, with request ids of their own', () => {
    expect(reviews.length).toBeGreaterThan(200);
    for (let index = 1; index < reviews.length; index++) {
      expect(reviews[index].reviewedAt.getTime()).toBeGreaterThan(reviews[index - 1].reviewedAt.getTime());
    }
    expect(studyDayKey(reviews.at(-1)!.reviewedAt, 'Europe/Berlin', 4) < studyDayKey(END, 'Europe/Berlin', 4)).toBe(true);
    expect(new Set(reviews.map((review) => review.requestId)).size).toBe(reviews.length);
    expect(reviews[0].requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('chains each card: a review starts from the card the previous one left, as the scheduler grades it', () => {
    const scheduler = createScheduler({ desiredRetention: 0.9 });
    const cards = new Map(history.cards.map((card) => [card.cardId, card]));
    const last = new Map<number, SimulatedReview>();
    for (const review of reviews) {
      const previous = last.get(review.cardId);
      const before = cardFromSnapshot(review.cardBefore);
      expect(review.stateBefore).toBe(before.state);
      if (previous) {
        expect(review.cardBefore).toEqual(cardSnapshot(scheduler.grade(cardFromSnapshot(previous.cardBefore), GRADES[previous.rating - 1], previous.reviewedAt, review.cardId).card));
        expect(review.versionAfter).toBe(previous.versionAfter + 1);
      } else {
        expect(review.cardBefore).toEqual(cardSnapshot(newCard(OPTIONS.start)));
      }
      const after = scheduler.grade(before, GRADES[review.rating - 1], review.reviewedAt, review.cardId);
      expect(after.card.due).toEqual(review.dueAfter);
      expect(after.scheduledDays).toBe(review.scheduledDays);
      last.set(review.cardId, review);
    }
    for (const [cardId, review] of last) {
      const card = cards.get(cardId)!;
      expect(card.card.due).toEqual(review.dueAfter);
      expect(card.version).toBe(review.versionAfter + Number(card.status !== 'ACTIVE'));
    }
    for (const card of history.cards) {
      const reviewed = reviews.filter((review) => review.cardId === card.cardId).length;
      expect(card.version).toBe(reviewed + Number(card.status !== 'ACTIVE') + Number(card.queuedAt !== null));
    }
  });

  it('studies at its usual hours, within its daily limit of new cards, and skips some days', () => {
    for (const review of reviews) {
      const hour = localHour(review.reviewedAt);
      expect(hour < 4 || hour >= 6).toBe(true);
    }
    const newPerDay = new Map<string, number>();
    for (const review of reviews.filter((review) => review.stateBefore === 'NEW')) {
      const day = studyDayKey(review.reviewedAt, 'Europe/Berlin', 4);
      newPerDay.set(day, (newPerDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...newPerDay.values())).toBeLessThanOrEqual(history.settings.newCardsPerDay);
    const studied = new Set(reviews.map((review) => studyDayKey(review.reviewedAt, 'Europe/Berlin', 4)));
    expect(studied.size).toBeLessThan(89);
    expect(studied.size).toBeGreaterThan(45);
  });

  it('grades mostly Good, sometimes Again, Hard and Easy, and takes seconds to answer', () => {
    const share = (rating: number) => reviews.filter((review) => review.rating === rating).length / reviews.length;
    expect(share(3)).toBeGreaterThan(0.5);
    for (const rating of [1, 2, 4]) expect(share(rating)).toBeGreaterThan(0.02);
    const durations = reviews.map((review) => review.durationMs).sort((a, b) => a - b);
    expect(durations[Math.floor(durations.length / 2)]).toBeGreaterThan(2_000);
    expect(durations[Math.floor(durations.length / 2)]).toBeLessThan(15_000);
    expect(durations[0]).toBeGreaterThanOrEqual(900);
  });

  it('plans its new cards a day from the reviews wanted', () => {
    const planned = run({ ...OPTIONS, newCardsPerDay: undefined, cardIds: Array.from({ length: 300 }, (_, index) => index + 1) });
    expect(planned.history.reviews).toBeGreaterThan(OPTIONS.targetReviews * 0.6);
    expect(planned.history.reviews).toBeLessThan(OPTIONS.targetReviews * 1.4);
  });
});
