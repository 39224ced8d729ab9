import { describe, expect, it } from 'vitest';
import { cardFromSnapshot, cardSnapshot, createScheduler, formatInterval, fromFsrsCard, newCard, toFsrsCard, type StoredCard } from './fsrs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date('2026-03-10T01:00:00Z');
const scheduler = createScheduler();
const minutesUntil = (card: StoredCard, from: Date) => (card.due.getTime() - from.getTime()) / MINUTE;

describe('learning steps (ts-fsrs defaults: 1m, 10m)', () => {
  it('sends a new card answered Again to the first step, one minute away', () => {
    const { card } = scheduler.grade(newCard(now), 'again', now);
    expect(card.state).toBe('LEARNING');
    expect(minutesUntil(card, now)).toBe(1);
    expect(card.learningSteps).toBe(0);
  });

  it('moves a new card answered Good to the second step, ten minutes away', () => {
    const { card } = scheduler.grade(newCard(now), 'good', now);
    expect(card.state).toBe('LEARNING');
    expect(minutesUntil(card, now)).toBe(10);
    expect(card.learningSteps).toBe(1);
  });

  it('graduates a learning card answered Good on its last step to a review days away', () => {
    const learning = scheduler.grade(newCard(now), 'good', now).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    const { card, scheduledDays } = scheduler.grade(learning, 'good', later);
    expect(card.state).toBe('REVIEW');
    expect(scheduledDays).toBeGreaterThanOrEqual(1);
    expect(card.due.getTime() - later.getTime()).toBe(scheduledDays * DAY);
  });

  it('lets Easy skip learning altogether', () => {
    const { card, scheduledDays } = scheduler.grade(newCard(now), 'easy', now);
    expect(card.state).toBe('REVIEW');
    expect(scheduledDays).toBeGreaterThan(1);
  });

  it('sends a forgotten review card to relearning, ten minutes away, and counts the lapse', () => {
    const learning = scheduler.grade(newCard(now), 'good', now).card;
    const review = scheduler.grade(learning, 'good', new Date(now.getTime() + 10 * MINUTE)).card;
    const { card } = scheduler.grade(review, 'again', review.due);
    expect(card.state).toBe('RELEARNING');
    expect(card.lapses).toBe(review.lapses + 1);
    expect(minutesUntil(card, review.due)).toBe(10);
  });
});

describe('the scheduler', () => {
  it('gives the same result for the same review (fuzz is seeded by the card and time)', () => {
    const review = scheduler.grade(newCard(now), 'easy', now).card;
    const later = new Date(review.due.getTime() + DAY);
    expect(scheduler.grade(review, 'good', later)).toEqual(scheduler.grade(review, 'good', later));
  });

  it('labels each button with the interval that grade gives', () => {
    const card = newCard(now);
    const preview = scheduler.preview(card, now);
    expect(preview.again.interval).toBe('1m');
    expect(preview.good.interval).toBe('10m');
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      expect(preview[grade].due).toEqual(scheduler.grade(card, grade, now).card.due);
    }
  });

  it('resets a reviewed card to new', () => {
    const review = scheduler.grade(newCard(now), 'easy', now).card;
    const reset = scheduler.reset(review, now);
    expect(reset.state).toBe('NEW');
    expect(reset.stability).toBe(0);
    expect(reset.due).toEqual(now);
  });

  it('round-trips a stored card through ts-fsrs exactly', () => {
    const learning = scheduler.grade(newCard(now), 'good', now).card;
    expect(fromFsrsCard(toFsrsCard(learning))).toEqual(learning);
    expect(fromFsrsCard(toFsrsCard(newCard(now)))).toEqual(newCard(now));
  });

  it('has no retrievability for a new card, and a high one right after a review', () => {
    expect(scheduler.retrievability(newCard(now), now)).toBeNull();
    const review = scheduler.grade(newCard(now), 'easy', now).card;
    expect(scheduler.retrievability(review, new Date(now.getTime() + MINUTE))).toBeGreaterThan(0.95);
  });

  it('schedules longer intervals for a lower desired retention', () => {
    const relaxed = createScheduler({ desiredRetention: 0.8 });
    expect(relaxed.grade(newCard(now), 'easy', now).scheduledDays).toBeGreaterThan(scheduler.grade(newCard(now), 'easy', now).scheduledDays);
  });
});

describe('undo', () => {
  it('restores the exact card from the snapshot kept with its review, through JSON', () => {
    const learning = scheduler.grade(newCard(now), 'good', now).card;
    for (const before of [newCard(now), learning]) {
      const stored = JSON.parse(JSON.stringify(cardSnapshot(before)));
      const graded = scheduler.grade(before, 'again', new Date(now.getTime() + 10 * MINUTE)).card;
      expect(graded).not.toEqual(before);
      expect(cardFromSnapshot(stored)).toEqual(before);
    }
  });

  it('lets a card graded again after an undo get the same schedule as the first time', () => {
    const before = scheduler.grade(newCard(now), 'good', now).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    const first = scheduler.grade(before, 'good', later);
    const restored = cardFromSnapshot(JSON.parse(JSON.stringify(cardSnapshot(before))));
    expect(scheduler.grade(restored, 'good', later)).toEqual(first);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [MINUTE, '1m'],
    [10 * MINUTE, '10m'],
    [5 * 60 * MINUTE, '5h'],
    [DAY, '1d'],
    [12 * DAY, '12d'],
    [45 * DAY, '1.5mo'],
    [438 * DAY, '1.2y'],
  ])('writes %i ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
