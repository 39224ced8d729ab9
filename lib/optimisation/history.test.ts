import { describe, expect, it } from 'vitest';
import { cardHistories, historySize, MINIMUM_CARDS, MINIMUM_REVIEWS, tooLittleHistory, trainingItems, type LoggedReview } from './history';

// Shanghai is UTC+8 all year; the learner's day starts at 4 am.
const ZONE = 'Asia/Shanghai';
const log = (cardId: number, rating: number, stateBefore: LoggedReview['stateBefore'], shanghaiTime: string): LoggedReview => ({
  cardId,
  rating,
  stateBefore,
  reviewedAt: new Date(`${shanghaiTime}+08:00`),
});

describe('cardHistories', () => {
  it('counts days between study days, so a review after midnight but before 4 am is on the same day', () => {
    const histories = cardHistories(
      [
        log(1, 1, 'NEW', '2026-03-10T20:00:00'),
        log(1, 3, 'LEARNING', '2026-03-10T20:10:00'),
        // 2 am on the 11th is still the study day of the 10th...
        log(1, 3, 'REVIEW', '2026-03-11T02:00:00'),
        // ...and 5 am the next study day.
        log(1, 3, 'REVIEW', '2026-03-11T05:00:00'),
        log(1, 1, 'REVIEW', '2026-03-14T03:59:59'),
        log(1, 3, 'RELEARNING', '2026-03-14T04:00:00'),
      ],
      ZONE,
      4,
    );
    expect(histories).toEqual([
      {
        cardId: 1,
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
          { rating: 1, deltaT: 2 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ]);
  });

  it('follows the learner’s day start: with midnight, the 2 am review is a day later', () => {
    const [history] = cardHistories([log(1, 3, 'NEW', '2026-03-10T20:00:00'), log(1, 3, 'LEARNING', '2026-03-11T02:00:00')], ZONE, 0);
    expect(history.reviews.map((review) => review.deltaT)).toEqual([0, 1]);
  });

  it('starts a reset card’s history at its latest review as a new card, and leaves out a card with no start', () => {
    const histories = cardHistories(
      [
        log(2, 3, 'NEW', '2026-03-01T09:00:00'),
        log(2, 1, 'REVIEW', '2026-03-04T09:00:00'),
        // reset ("Forget"): the card is new again
        log(2, 4, 'NEW', '2026-03-06T09:00:00'),
        log(2, 3, 'REVIEW', '2026-03-12T09:00:00'),
        // a card whose first review is not in the log
        log(3, 3, 'REVIEW', '2026-03-02T09:00:00'),
        log(3, 3, 'REVIEW', '2026-03-09T09:00:00'),
      ],
      ZONE,
      4,
    );
    expect(histories).toEqual([{ cardId: 2, reviews: [{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 6 }] }]);
  });

  it('orders each card’s reviews by time, whatever the order given, and ignores ratings outside 1–4', () => {
    const histories = cardHistories(
      [
        log(5, 3, 'REVIEW', '2026-03-05T09:00:00'),
        log(4, 3, 'NEW', '2026-03-02T09:00:00'),
        log(5, 0, 'REVIEW', '2026-03-04T09:00:00'),
        log(5, 2, 'NEW', '2026-03-01T09:00:00'),
      ],
      ZONE,
      4,
    );
    expect(histories).toEqual([
      { cardId: 4, reviews: [{ rating: 3, deltaT: 0 }] },
      { cardId: 5, reviews: [{ rating: 2, deltaT: 0 }, { rating: 3, deltaT: 4 }] },
    ]);
  });
});

describe('trainingItems', () => {
  it('makes an item of each review on a later day, with the card’s reviews up to it', () => {
    const reviews = [
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 2 },
      { rating: 1, deltaT: 5 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 1 },
    ];
    expect(trainingItems([{ cardId: 1, reviews }])).toEqual([{ reviews: reviews.slice(0, 3) }, { reviews: reviews.slice(0, 4) }, { reviews }]);
    expect(historySize([{ cardId: 1, reviews }, { cardId: 2, reviews: [{ rating: 3, deltaT: 0 }] }])).toEqual({ reviews: 3, cards: 1 });
  });
});

describe('tooLittleHistory', () => {
  it(`needs ${MINIMUM_REVIEWS} reviews on a later day across ${MINIMUM_CARDS} cards`, () => {
    expect(tooLittleHistory({ reviews: 400, cards: 50 })).toBeNull();
    expect(tooLittleHistory({ reviews: 5000, cards: 900 })).toBeNull();
    expect(tooLittleHistory({ reviews: 399, cards: 50 })).toMatch(/at least 400 reviews .* at least 50 cards; your history has 399 across 50 cards/);
    expect(tooLittleHistory({ reviews: 1000, cards: 49 })).toMatch(/has 1000 across 49 cards/);
    expect(tooLittleHistory({ reviews: 0, cards: 0 })).toMatch(/has 0 across 0 cards/);
    expect(tooLittleHistory({ reviews: 1, cards: 1 })).toMatch(/has 1 across 1 card\./);
  });
});
