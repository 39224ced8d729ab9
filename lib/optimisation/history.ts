import type { CardState } from '@/lib/scheduling/fsrs';
import { studyDay } from '@/lib/scheduling/study-day';

/** One row of the review log, as much of it as optimisation needs. */
export interface LoggedReview {
  cardId: number;
  /** 1 again, 2 hard, 3 good, 4 easy */
  rating: number;
  stateBefore: CardState;
  reviewedAt: Date;
}

/** A review as FSRS sees it: the rating, and the study days since the card's previous review (0 for its first). */
export interface FsrsReview {
  rating: number;
  deltaT: number;
}

/** A card's reviews since its first learning step, oldest first. */
export interface CardHistory {
  cardId: number;
  reviews: FsrsReview[];
}

/** What FSRS learns from: a review (the last one) and every review of the card before it. */
export interface FsrsItem {
  reviews: FsrsReview[];
}

const DAY = 86_400_000;

/**
 * The study day of each instant as a whole number (days since 1970-01-01 of its key), computing each study
 * day's bounds once: the instants are visited in time order, so consecutive ones mostly share a day.
 */
function studyDayNumbers(instants: Date[], timeZone: string, dayStartHour: number): number[] {
  const order = instants.map((_, index) => index).sort((a, b) => instants[a].getTime() - instants[b].getTime());
  const numbers = new Array<number>(instants.length);
  let current: { start: number; end: number; number: number } | null = null;
  for (const index of order) {
    const time = instants[index].getTime();
    if (!current || time < current.start || time >= current.end) {
      const day = studyDay(instants[index], timeZone, dayStartHour);
      const [year, month, date] = day.key.split('-').map(Number);
      current = { start: day.start.getTime(), end: day.end.getTime(), number: Date.UTC(year, month - 1, date) / DAY };
    }
    numbers[index] = current.number;
  }
  return numbers;
}

/**
 * Each card's history as FSRS counts it, as Anki does: the days between two reviews are counted between
 * the learner's study days (a review at 23:00 and one at 01:00 the same night, before a 4 am day start, are
 * on the same day: 0), ratings as given. A card's history starts at its latest review as a new card: a
 * reset ("Forget") makes the card new again, and what came before it no longer describes the memory FSRS
 * follows from there. A card with no review as a new card (its start is missing) is left out. Undone
 * reviews are not in the log at all. The card's current status does not matter: a card marked known,
 * suspended or retired was still answered as logged, and those answers are evidence like any other.
 */
export function cardHistories(logs: LoggedReview[], timeZone: string, dayStartHour: number): CardHistory[] {
  const valid = logs.filter((log) => Number.isInteger(log.rating) && log.rating >= 1 && log.rating <= 4);
  const days = studyDayNumbers(
    valid.map((log) => log.reviewedAt),
    timeZone,
    dayStartHour,
  );
  const byCard = new Map<number, { log: LoggedReview; day: number }[]>();
  valid.forEach((log, index) => {
    const reviews = byCard.get(log.cardId) ?? [];
    reviews.push({ log, day: days[index] });
    byCard.set(log.cardId, reviews);
  });
  const histories: CardHistory[] = [];
  for (const [cardId, reviews] of byCard) {
    // Stable: reviews logged at the same instant keep the log's order.
    reviews.sort((a, b) => a.log.reviewedAt.getTime() - b.log.reviewedAt.getTime());
    const start = reviews.findLastIndex((review) => review.log.stateBefore === 'NEW');
    if (start < 0) continue;
    const kept = reviews.slice(start);
    histories.push({
      cardId,
      reviews: kept.map((review, index) => ({ rating: review.log.rating, deltaT: index === 0 ? 0 : review.day - kept[index - 1].day })),
    });
  }
  return histories.sort((a, b) => a.cardId - b.cardId);
}

/**
 * The items FSRS is trained and judged on: one for each review made on a later study day than the card's
 * previous one, with the card's reviews up to it. Same-day reviews (learning steps) stay in the items'
 * histories, where they shape the memory state, but are never the review predicted.
 */
export function trainingItems(histories: CardHistory[]): FsrsItem[] {
  const items: FsrsItem[] = [];
  for (const { reviews } of histories) {
    for (let index = 1; index < reviews.length; index++) {
      if (reviews[index].deltaT > 0) items.push({ reviews: reviews.slice(0, index + 1) });
    }
  }
  return items;
}

/** Fewer reviews on a later day than this, or fewer cards with one, is too little history to optimise. */
export const MINIMUM_REVIEWS = 400;
export const MINIMUM_CARDS = 50;

export interface HistorySize {
  /** reviews made on a later study day than the card's previous review (the ones FSRS is judged on) */
  reviews: number;
  /** cards with at least one such review */
  cards: number;
}

export function historySize(histories: CardHistory[]): HistorySize {
  let reviews = 0;
  let cards = 0;
  for (const history of histories) {
    const later = history.reviews.filter((review, index) => index > 0 && review.deltaT > 0).length;
    reviews += later;
    if (later > 0) cards += 1;
  }
  return { reviews, cards };
}

/** Why the history is too little to optimise, or null when it is enough. */
export function tooLittleHistory(size: HistorySize): string | null {
  if (size.reviews >= MINIMUM_REVIEWS && size.cards >= MINIMUM_CARDS) return null;
  return (
    `Optimisation needs at least ${MINIMUM_REVIEWS} reviews made on a later day than the card’s previous review, ` +
    `across at least ${MINIMUM_CARDS} cards; your history has ${size.reviews} across ${size.cards} ` +
    `${size.cards === 1 ? 'card' : 'cards'}. Keep reviewing and try again later.`
  );
}
