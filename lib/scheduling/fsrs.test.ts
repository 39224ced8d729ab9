import { fsrs, Rating, State, StrategyMode, type AbstractScheduler } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  cardFromSnapshot,
  cardSnapshot,
  createScheduler,
  formatInterval,
  fromFsrsCard,
  GRADES,
  gradeToRating,
  intervalLabels,
  newCard,
  toFsrsCard,
  type Grade,
  type StoredCard,
} from './fsrs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const now = new Date('2026-03-10T01:00:00Z');
const scheduler = createScheduler();
const CARD_ID = 7;
const minutesUntil = (card: StoredCard, from: Date) => (card.due.getTime() - from.getTime()) / MINUTE;

describe('learning steps (ts-fsrs defaults: 1m, 10m)', () => {
  it('sends a new card answered Again to the first step, one minute away', () => {
    const { card } = scheduler.grade(newCard(now), 'again', now, CARD_ID);
    expect(card.state).toBe('LEARNING');
    expect(minutesUntil(card, now)).toBe(1);
    expect(card.learningSteps).toBe(0);
  });

  it('moves a new card answered Good to the second step, ten minutes away', () => {
    const { card } = scheduler.grade(newCard(now), 'good', now, CARD_ID);
    expect(card.state).toBe('LEARNING');
    expect(minutesUntil(card, now)).toBe(10);
    expect(card.learningSteps).toBe(1);
  });

  it('sends a new card answered Hard to the first step again, six minutes away (halfway between 1m and 10m)', () => {
    const { card } = scheduler.grade(newCard(now), 'hard', now, CARD_ID);
    expect(card.state).toBe('LEARNING');
    expect(minutesUntil(card, now)).toBe(6);
    expect(card.learningSteps).toBe(0);
  });

  it('on the last learning step, sends Again back to the first step and keeps Hard on the same step', () => {
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    const again = scheduler.grade(learning, 'again', later, CARD_ID).card;
    expect([again.state, again.learningSteps, minutesUntil(again, later)]).toEqual(['LEARNING', 0, 1]);
    const hard = scheduler.grade(learning, 'hard', later, CARD_ID).card;
    expect([hard.state, hard.learningSteps, minutesUntil(hard, later)]).toEqual(['LEARNING', 1, 6]);
  });

  it('matches ts-fsrs itself (seeded by the card) for every grade of a new card and every grade but Easy on the last learning step', () => {
    const reference = fsrs({ enable_fuzz: true }).useStrategy(StrategyMode.SEED, function (this: AbstractScheduler) {
      const card = this.current;
      return `${CARD_ID}_${card.reps}_${card.difficulty * card.stability}`;
    });
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    for (const grade of GRADES) {
      expect(scheduler.grade(newCard(now), grade, now, CARD_ID).card).toEqual(fromFsrsCard(reference.next(toFsrsCard(newCard(now)), now, gradeToRating(grade)).card));
      if (grade === 'easy') continue;
      expect(scheduler.grade(learning, grade, later, CARD_ID).card).toEqual(fromFsrsCard(reference.next(toFsrsCard(learning), later, gradeToRating(grade)).card));
    }
  });

  it('always graduates a learning or relearning card later with Easy than with Good, as Anki does', () => {
    const histories: Grade[][] = [['good'], ['again', 'good'], ['again', 'again', 'good'], ['hard', 'good'], ['easy', 'again']];
    let separated = 0;
    for (let cardId = 1; cardId <= 60; cardId++) {
      for (const history of histories) {
        let card = newCard(now);
        for (const grade of history) card = scheduler.grade(card, grade, card.due, cardId).card;
        const at = card.due;
        const preview = scheduler.preview(card, at, cardId);
        const good = scheduler.grade(card, 'good', at, cardId);
        const easy = scheduler.grade(card, 'easy', at, cardId);
        if (good.card.state !== 'REVIEW') continue;
        expect(easy.scheduledDays, `card ${cardId} after ${history}`).toBeGreaterThan(good.scheduledDays);
        expect(preview.easy.interval).not.toBe(preview.good.interval);
        expect(easy.card.due.getTime() - at.getTime()).toBe(easy.scheduledDays * DAY);
        if (fsrs({ enable_fuzz: true }).next(toFsrsCard(card), at, Rating.Easy).card.scheduled_days <= good.scheduledDays) separated += 1;
      }
    }
    // ts-fsrs alone gives both buttons the same interval after a lapse in learning (Again, then Good: 1d and 1d).
    expect(separated).toBeGreaterThan(0);
  });

  it('graduates a learning card answered Good on its last step to a review days away', () => {
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    const { card, scheduledDays } = scheduler.grade(learning, 'good', later, CARD_ID);
    expect(card.state).toBe('REVIEW');
    expect(scheduledDays).toBeGreaterThanOrEqual(1);
    expect(card.due.getTime() - later.getTime()).toBe(scheduledDays * DAY);
  });

  it('lets Easy skip learning altogether', () => {
    const { card, scheduledDays } = scheduler.grade(newCard(now), 'easy', now, CARD_ID);
    expect(card.state).toBe('REVIEW');
    expect(card.learningSteps).toBe(0);
    expect(scheduledDays).toBeGreaterThan(1);
    expect(card.due.getTime() - now.getTime()).toBe(scheduledDays * DAY);
  });

  it('graduates a relearning card answered Good back to review', () => {
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    const relearning = scheduler.grade(review, 'again', review.due, CARD_ID).card;
    const { card, scheduledDays } = scheduler.grade(relearning, 'good', relearning.due, CARD_ID);
    expect(card.state).toBe('REVIEW');
    expect(card.lapses).toBe(1);
    expect(scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it('sends a forgotten review card to relearning, ten minutes away, and counts the lapse', () => {
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const review = scheduler.grade(learning, 'good', new Date(now.getTime() + 10 * MINUTE), CARD_ID).card;
    const { card } = scheduler.grade(review, 'again', review.due, CARD_ID);
    expect(card.state).toBe('RELEARNING');
    expect(card.lapses).toBe(review.lapses + 1);
    expect(minutesUntil(card, review.due)).toBe(10);
  });
});

describe('the learner’s own steps', () => {
  it('take a new card through them: Again the first step, Hard between the first two, Good the next one', () => {
    const custom = createScheduler({ learningSteps: ['2m', '15m', '1h'], relearningSteps: [] });
    const preview = custom.preview(newCard(now), now, CARD_ID);
    expect([preview.again.interval, preview.hard.interval, preview.good.interval]).toEqual(['2m', '9m', '15m']);
    const second = custom.grade(newCard(now), 'good', now, CARD_ID).card;
    const later = new Date(now.getTime() + 15 * MINUTE);
    expect(minutesUntil(custom.grade(second, 'good', later, CARD_ID).card, later)).toBe(60);
  });

  it('with none, schedule a new card and a lapse in days at once', () => {
    const none = createScheduler({ learningSteps: [], relearningSteps: [] });
    const preview = none.preview(newCard(now), now, CARD_ID);
    for (const grade of GRADES) expect(preview[grade].interval, grade).toMatch(/d$/);
    const review = none.grade(newCard(now), 'good', now, CARD_ID).card;
    expect(review.state).toBe('REVIEW');
    expect(none.grade(review, 'again', review.due, CARD_ID).card.due.getTime() - review.due.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('apply to a card already past the new last step: it graduates, and its labels are still what the grades give', () => {
    const threeSteps = createScheduler({ learningSteps: ['1m', '10m', '1h'] });
    let card = threeSteps.grade(newCard(now), 'good', now, CARD_ID).card;
    card = threeSteps.grade(card, 'good', card.due, CARD_ID).card;
    expect(card.learningSteps).toBe(2);
    const oneStep = createScheduler({ learningSteps: ['5m'] });
    const preview = oneStep.preview(card, card.due, CARD_ID);
    for (const grade of GRADES) expect(preview[grade].due, grade).toEqual(oneStep.grade(card, grade, card.due, CARD_ID).card.due);
    expect(oneStep.grade(card, 'good', card.due, CARD_ID).card.state).toBe('REVIEW');
  });
});

describe('the scheduler', () => {
  it('gives the same result for the same review (fuzz is seeded by the card)', () => {
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    const later = new Date(review.due.getTime() + DAY);
    expect(scheduler.grade(review, 'good', later, CARD_ID)).toEqual(scheduler.grade(review, 'good', later, CARD_ID));
    expect(createScheduler().grade(review, 'good', later, CARD_ID)).toEqual(scheduler.grade(review, 'good', later, CARD_ID));
  });

  it('fuzzes review intervals by card, so cards learnt together spread out', () => {
    const intervals = Array.from({ length: 12 }, (_, cardId) => {
      const review = scheduler.grade(newCard(now), 'easy', now, cardId).card;
      return scheduler.grade(review, 'good', new Date(review.due.getTime() + DAY), cardId).scheduledDays;
    });
    expect(new Set(intervals).size).toBeGreaterThan(1);
  });

  it('gives the interval a button showed when the card appeared, whenever during the day the grade comes', () => {
    for (let cardId = 1; cardId <= 200; cardId++) {
      let card = scheduler.grade(newCard(now), 'easy', now, cardId).card;
      for (const grade of ['good', 'hard', 'easy'] as const) {
        const shown = new Date(card.due.getTime() + (cardId % 5) * 3_600_000);
        const preview = scheduler.preview(card, shown, cardId);
        const answered = new Date(shown.getTime() + 47_000 + cardId * 1000);
        const graded = scheduler.grade(card, grade, answered, cardId);
        expect(formatInterval(graded.card.due.getTime() - answered.getTime()), `card ${cardId} ${grade}`).toBe(preview[grade].interval);
        expect(scheduler.preview(card, new Date(shown.getTime() + 300_000), cardId)[grade].interval).toBe(preview[grade].interval);
        card = graded.card;
      }
    }
  });

  it('reports the days since the last review, and counts the review', () => {
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    const late = new Date(review.due.getTime() + 3 * DAY);
    const { card, elapsedDays } = scheduler.grade(review, 'good', late, CARD_ID);
    expect(elapsedDays).toBe(review.scheduledDays + 3);
    expect(card.elapsedDays).toBe(elapsedDays);
    expect(card.reps).toBe(review.reps + 1);
    expect(card.lastReview).toEqual(late);
  });

  it('leaves the card it was given untouched', () => {
    const card = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const copy = structuredClone(card);
    scheduler.grade(card, 'good', new Date(now.getTime() + 10 * MINUTE), CARD_ID);
    scheduler.preview(card, now, CARD_ID);
    expect(card).toEqual(copy);
  });

  it('never schedules beyond the maximum interval', () => {
    const capped = createScheduler({ maximumIntervalDays: 3 });
    const { scheduledDays, card } = capped.grade(newCard(now), 'easy', now, CARD_ID);
    expect(scheduledDays).toBeLessThanOrEqual(3);
    // ts-fsrs alone would give a review card Good 4 days and Easy 5 here, to keep them apart.
    for (let cardId = 1; cardId <= 20; cardId++) {
      const preview = capped.preview(card, card.due, cardId);
      for (const grade of GRADES) {
        const graded = capped.grade(card, grade, card.due, cardId);
        expect(graded.scheduledDays, grade).toBeLessThanOrEqual(3);
        expect(graded.card.due.getTime() - card.due.getTime(), grade).toBeLessThanOrEqual(3 * DAY);
        expect(preview[grade].due).toEqual(graded.card.due);
      }
      expect(preview.easy.interval).toBe('3d');
    }
  });

  it('labels each button with the interval that grade gives', () => {
    const card = newCard(now);
    const preview = scheduler.preview(card, now, CARD_ID);
    expect(preview.again.interval).toBe('1m');
    expect(preview.good.interval).toBe('10m');
    for (const grade of GRADES) {
      expect(preview[grade].due).toEqual(scheduler.grade(card, grade, now, CARD_ID).card.due);
    }
  });

  it('labels the buttons of a review card with the fuzzed intervals that grading gives', () => {
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    const preview = scheduler.preview(review, review.due, CARD_ID);
    expect(preview.again.interval).toBe('10m');
    for (const grade of GRADES) {
      const due = scheduler.grade(review, grade, review.due, CARD_ID).card.due;
      expect(preview[grade].due).toEqual(due);
      expect(preview[grade].interval).toBe(formatInterval(due.getTime() - review.due.getTime()));
    }
  });

  it('resets a reviewed card to new and due now, keeping its review and lapse counts as Anki does', () => {
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    const lapsed = scheduler.grade(review, 'again', review.due, CARD_ID).card;
    const later = new Date(lapsed.due.getTime() + DAY);
    const reset = scheduler.reset(lapsed, later);
    expect(reset).toMatchObject({ state: 'NEW', stability: 0, difficulty: 0, learningSteps: 0, scheduledDays: 0, reps: 2, lapses: 1 });
    expect(reset.due).toEqual(later);
    const { card } = scheduler.grade(reset, 'good', later, CARD_ID);
    expect([card.state, minutesUntil(card, later)]).toEqual(['LEARNING', 10]);
  });

  it('round-trips a stored card through ts-fsrs exactly, in every state', () => {
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const review = scheduler.grade(learning, 'good', learning.due, CARD_ID).card;
    const relearning = scheduler.grade(review, 'again', review.due, CARD_ID).card;
    for (const card of [newCard(now), learning, review, relearning]) {
      expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
    }
    expect(toFsrsCard(newCard(now))).toMatchObject({ state: State.New, last_review: undefined, learning_steps: 0 });
    expect(toFsrsCard(relearning)).toMatchObject({ state: State.Relearning, last_review: relearning.lastReview, lapses: 1 });
    expect(fromFsrsCard(toFsrsCard(newCard(now))).lastReview).toBeNull();
  });

  it('has no retrievability for a new card, and a high one right after a review', () => {
    expect(scheduler.retrievability(newCard(now), now)).toBeNull();
    const review = scheduler.grade(newCard(now), 'easy', now, CARD_ID).card;
    expect(scheduler.retrievability(review, new Date(now.getTime() + MINUTE))).toBeGreaterThan(0.95);
  });

  it('schedules longer intervals for a lower desired retention', () => {
    const relaxed = createScheduler({ desiredRetention: 0.8 });
    expect(relaxed.grade(newCard(now), 'easy', now, CARD_ID).scheduledDays).toBeGreaterThan(scheduler.grade(newCard(now), 'easy', now, CARD_ID).scheduledDays);
  });
});

describe('undo', () => {
  it('restores the exact card from the snapshot kept with its review, through JSON', () => {
    const learning = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    for (const before of [newCard(now), learning]) {
      const stored = JSON.parse(JSON.stringify(cardSnapshot(before)));
      const graded = scheduler.grade(before, 'again', new Date(now.getTime() + 10 * MINUTE), CARD_ID).card;
      expect(graded).not.toEqual(before);
      expect(cardFromSnapshot(stored)).toEqual(before);
    }
  });

  it('lets a card graded again after an undo get the same schedule as the first time', () => {
    const before = scheduler.grade(newCard(now), 'good', now, CARD_ID).card;
    const later = new Date(now.getTime() + 10 * MINUTE);
    const first = scheduler.grade(before, 'good', later, CARD_ID);
    const restored = cardFromSnapshot(JSON.parse(JSON.stringify(cardSnapshot(before))));
    expect(scheduler.grade(restored, 'good', later, CARD_ID)).toEqual(first);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [MINUTE, '1m'],
    [10 * MINUTE, '10m'],
    [59.7 * MINUTE, '1h'],
    [60 * MINUTE, '1h'],
    [5 * 60 * MINUTE, '5h'],
    [DAY, '1d'],
    [12 * DAY, '12d'],
    [30 * DAY, '1mo'],
    [45 * DAY, '1.5mo'],
    [300 * DAY, '10mo'],
    [355 * DAY, '1y'],
    [438 * DAY, '1.2y'],
    [36500 * DAY, '100y'],
  ])('writes %i ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('intervalLabels', () => {
  it('keeps the short labels when they differ', () => {
    expect(intervalLabels({ again: 10 * MINUTE, hard: 2 * DAY, good: 5 * DAY, easy: 12 * DAY })).toEqual({ again: '10m', hard: '2d', good: '5d', easy: '12d' });
  });

  it('writes clashing labels of different intervals in days', () => {
    expect(intervalLabels({ again: 10 * MINUTE, hard: 430 * DAY, good: 445 * DAY, easy: 600 * DAY })).toEqual({ again: '10m', hard: '430d', good: '445d', easy: '1.6y' });
  });
});

describe('grades', () => {
  it('are ordered like the buttons and map to ts-fsrs ratings', () => {
    expect(GRADES).toEqual(['again', 'hard', 'good', 'easy']);
    expect(GRADES.map(gradeToRating)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
  });
});
