import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardState } from '@/lib/scheduling/fsrs';
import { seededRandom } from '@/lib/random/seeded';
import type { LoggedReview } from './history';

/**
 * A learner's memory unlike ts-fsrs's defaults (stronger first memories, harder words that grow more slowly,
 * a steeper curve), for checking that optimisation finds a learner's own parameters. With the defaults
 * scheduling, 2,000 words take this learner 50,000 reviews in about three and a half years.
 */
export const SIMULATED_LEARNER_PARAMETERS: readonly number[] = [
  0.6, 2.1, 4.2, 12.5, 7.8, 0.62, 2.5, 0.01, 1.0, 0.2, 1.05, 1.7, 0.08, 0.32, 1.9, 0.5, 2.3, 0.6, 0.12, 0.09, 0.25,
];

export interface SimulationOptions {
  seed: number;
  /** words the learner studies */
  cards: number;
  /** stop once this many reviews were made */
  reviews: number;
  /** the learner's true memory: they recall with the retrievability these parameters give */
  learnerParameters?: readonly number[];
  /** what the scheduler uses to choose intervals (ts-fsrs's defaults, as before any optimisation) */
  schedulerParameters?: readonly number[];
  newCardsPerDay?: number;
  desiredRetention?: number;
  /** the start of study day 0; study days are 24 hours long, so give a time zone without daylight saving */
  firstDayStart: Date;
  /** the chance that the learner does not study at all on a day */
  skipDayChance?: number;
}

export interface SimulatedReview extends LoggedReview {
  /** the card's index, from 0 */
  cardId: number;
}

export interface SimulatedHistory {
  reviews: SimulatedReview[];
  days: number;
}

interface SimulatedCard {
  truth: FSRSState | null;
  scheduler: FSRSState | null;
  lastDay: number;
  dueDay: number;
  state: CardState;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEP_MINUTES = 10;
const MAXIMUM_STEPS = 3;

/**
 * A seeded learner's review history. Each study day the learner opens the app once, at some time between
 * 7 am and 3 am the next night (so some sessions fall after midnight but before the 4 am day start), reviews
 * every card due, then learns new cards. A new card's first answer is Again, Hard, Good or Easy by fixed
 * odds; until it is answered Good or Easy it comes back after 10 minutes (at most three times). A card
 * due on a later day is recalled with the retrievability the learner's true parameters give, then answered
 * Hard, Good or Easy, or Again when forgotten (and relearnt 10 minutes later). The scheduler's parameters
 * choose the next interval, as the app does before it has optimised.
 */
export function simulateHistory(options: SimulationOptions): SimulatedHistory {
  const random = seededRandom(options.seed);
  const algorithm = (w: readonly number[]) => new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true, request_retention: options.desiredRetention ?? 0.9 }));
  const truth = algorithm(options.learnerParameters ?? SIMULATED_LEARNER_PARAMETERS);
  const scheduler = algorithm(options.schedulerParameters ?? default_w);
  const newCardsPerDay = options.newCardsPerDay ?? 20;
  const skipDayChance = options.skipDayChance ?? 0.1;
  const cards: SimulatedCard[] = Array.from({ length: options.cards }, () => ({ truth: null, scheduler: null, lastDay: 0, dueDay: 0, state: 'NEW' }));
  const reviews: SimulatedReview[] = [];
  let introduced = 0;
  let day = 0;

  const pick = (odds: number[]) => {
    let draw = random();
    for (let index = 0; index < odds.length; index++) {
      draw -= odds[index];
      if (draw < 0) return index + 1;
    }
    return odds.length;
  };
  const answer = (card: SimulatedCard, cardId: number, rating: number, at: number, deltaT: number) => {
    reviews.push({ cardId, rating, stateBefore: card.state, reviewedAt: new Date(at) });
    card.truth = truth.next_state(card.truth, deltaT, rating);
    card.scheduler = scheduler.next_state(card.scheduler, deltaT, rating);
    card.lastDay = day;
  };
  /** Same-day steps until the card is answered Good or Easy; returns the time after them. */
  const steps = (card: SimulatedCard, cardId: number, rating: number, at: number) => {
    let time = at;
    for (let step = 0; step < MAXIMUM_STEPS && rating < 3; step++) {
      time += STEP_MINUTES * MINUTE;
      const recall = truth.forgetting_curve(STEP_MINUTES / (24 * 60), card.truth!.stability);
      rating = random() < recall ? 3 : 1;
      answer(card, cardId, rating, time, 0);
    }
    card.state = 'REVIEW';
    card.dueDay = day + scheduler.next_interval(card.scheduler!.stability, 0);
    return time;
  };

  while (reviews.length < options.reviews && (introduced < cards.length || cards.some((card) => card.state !== 'NEW'))) {
    if (random() >= skipDayChance) {
      let time = options.firstDayStart.getTime() + day * DAY + (3 + random() * 20) * HOUR;
      const latest = options.firstDayStart.getTime() + (day + 1) * DAY - HOUR;
      for (let cardId = 0; cardId < introduced && reviews.length < options.reviews; cardId++) {
        const card = cards[cardId];
        if (card.dueDay > day) continue;
        const deltaT = day - card.lastDay;
        const recalled = random() < truth.forgetting_curve(deltaT, card.truth!.stability);
        const rating = recalled ? 1 + pick([0.12, 0.78, 0.1]) : 1;
        answer(card, cardId, rating, time, deltaT);
        if (rating === 1) card.state = 'RELEARNING';
        time = Math.min(steps(card, cardId, rating, time), latest) + 15_000;
      }
      for (let count = 0; count < newCardsPerDay && introduced < cards.length && reviews.length < options.reviews; count++) {
        const cardId = introduced++;
        const card = cards[cardId];
        const rating = pick([0.25, 0.1, 0.5, 0.15]);
        answer(card, cardId, rating, time, 0);
        card.state = 'LEARNING';
        time = Math.min(steps(card, cardId, rating, time), latest) + 15_000;
      }
    }
    day += 1;
  }
  return { reviews, days: day };
}
