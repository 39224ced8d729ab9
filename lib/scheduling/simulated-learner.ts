import { logNormal, normal, seededRandom, seededUuid } from '@/lib/random/seeded';
import { cardSnapshot, createScheduler, newCard, type CardSnapshot, type CardState, type Grade, type StoredCard } from './fsrs';
import { studyDay } from './study-day';

/**
 * A learner simulated over months of study, for benchmarks: the app's own scheduler, a learner who recalls a
 * card with its retrievability (some cards harder than others), studies at their usual hours in their time
 * zone, in the app's queue order and within daily limits, and sometimes skips a day or takes a break.
 */
export interface LearnerOptions {
  seed: number;
  /** Cards in the order new cards are offered (the words' study order). */
  cardIds: number[];
  /** Cards of names: studied only after the learner queues one. */
  nameCardIds: number[];
  /** When the cards were created; study starts on the study day after it. */
  start: Date;
  /** Study stops before the study day holding `end` (today is left to do). */
  end: Date;
  /** About how many reviews the whole history should hold. */
  targetReviews: number;
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  /** New cards a day the learner averages; planned from `targetReviews` when left out (`planNewCardsPerDay`). */
  newCardsPerDay?: number;
  /** How many times longer each answer takes than it says: a plan studies few cards at the pace of many. */
  paceScale?: number;
}

export interface SimulatedReview {
  cardId: number;
  requestId: string;
  rating: number;
  stateBefore: CardState;
  cardBefore: CardSnapshot;
  versionAfter: number;
  elapsedDays: number;
  scheduledDays: number;
  dueAfter: Date;
  durationMs: number;
  reviewedAt: Date;
}

export type SimulatedStatus = 'ACTIVE' | 'SUSPENDED' | 'KNOWN';

export interface SimulatedCard {
  cardId: number;
  card: StoredCard;
  status: SimulatedStatus;
  /** Reviews, plus one for a status change and one for being queued: each change bumps it, as the app does. */
  version: number;
  queuedAt: Date | null;
  /** The last change, or null for a card never touched. */
  updatedAt: Date | null;
}

export interface SimulatedHistory {
  cards: SimulatedCard[];
  /** The learner's settings that fit this history. */
  settings: { newCardsPerDay: number; reviewsPerDay: number };
  reviews: number;
}

const GRADE_BY_RATING: Grade[] = ['again', 'hard', 'good', 'easy'];
const LEARN_AHEAD_MS = 20 * 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A day off now and then, and now and then a break of several days. */
const SKIP_DAY = 0.07;
const START_BREAK = 0.008;
/** Sometimes the last session of the day stops before the queue is empty. */
const STOP_EARLY = 0.1;
/** Shares of a day's sessions: a session's hours in the learner's time zone, and how likely it happens. */
const SESSIONS = [
  { fromHour: 6.5, toHour: 9, chance: 0.55, share: 0.4 },
  { fromHour: 12, toHour: 13.5, chance: 0.25, share: 0.3 },
  { fromHour: 18.5, toHour: 23.5, chance: 0.85, share: 1 },
];
const MAX_SESSION_MS = 4 * HOUR;
const PLANNING_RATE = 4;

interface SimCard {
  id: number;
  card: StoredCard;
  status: SimulatedStatus;
  version: number;
  queuedAt: Date | null;
  updatedAt: Date | null;
  /** How much harder than usual this card is for this learner: recall chance is retrievability to this power. */
  hardness: number;
}

function durationFor(rating: number, state: CardState, next: () => number): number {
  const median = state === 'NEW' ? 9_000 : [11_000, 8_000, 5_000, 3_500][rating - 1];
  const distracted = next() < 0.02 ? 4 + next() * 10 : 1;
  return Math.round(Math.min(600_000, Math.max(900, logNormal(next, median, 0.5) * distracted)));
}

/** The grade a learner gives: from how likely they were to recall it, and from how sure they felt. */
function gradeFor(sim: SimCard, retrievability: number | null, next: () => number): number {
  if (retrievability === null) {
    const again = Math.min(0.6, 0.25 * sim.hardness);
    const roll = next();
    return roll < again ? 1 : roll < again + 0.15 ? 2 : roll < 0.92 ? 3 : 4;
  }
  const recalled = next() < Math.pow(sim.card.state === 'REVIEW' ? retrievability : Math.min(retrievability, 0.9), sim.hardness);
  if (!recalled) return 1;
  const hard = Math.min(0.3, Math.max(0.04, (1 - retrievability) * 1.2));
  const easy = retrievability > 0.97 ? 0.14 : 0.05;
  const roll = next();
  return roll < hard ? 2 : roll < 1 - easy ? 3 : 4;
}

/**
 * The history, review by review in time order; returns the cards as they end. Deterministic for its options.
 */
export function* simulateLearner(options: LearnerOptions): Generator<SimulatedReview, SimulatedHistory> {
  const next = seededRandom(options.seed);
  const scheduler = createScheduler({ desiredRetention: options.desiredRetention });
  const rate = options.newCardsPerDay ?? planNewCardsPerDay(options);
  const newCardsPerDay = Math.max(1, Math.ceil(rate * 1.4));
  const firstDay = studyDay(new Date(options.start.getTime() + DAY), options.timeZone, options.dayStartHour);
  const lastDayStart = studyDay(options.end, options.timeZone, options.dayStartHour).start.getTime();
  const days = Math.max(1, Math.round((lastDayStart - firstDay.start.getTime()) / DAY));
  const reviewsPerDay = Math.max(200, Math.ceil((4 * options.targetReviews) / days / 100) * 100);

  const make = (id: number): SimCard => ({
    id,
    card: newCard(options.start),
    status: 'ACTIVE',
    version: 0,
    queuedAt: null,
    updatedAt: null,
    hardness: Math.exp(0.35 * normal(next)),
  });
  const cards = options.cardIds.map(make);
  const names = options.nameCardIds.map(make);
  const queuedNames: SimCard[] = [];
  let nextNew = 0;
  let nextName = 0;
  const learning = new Set<SimCard>();
  const introduced: SimCard[] = [];
  let reviews = 0;

  const change = (sim: SimCard, at: Date) => {
    sim.version += 1;
    sim.updatedAt = at;
  };

  function* review(sim: SimCard, at: Date): Generator<SimulatedReview, number> {
    const before = sim.card;
    const rating = gradeFor(sim, scheduler.retrievability(before, at), next);
    const graded = scheduler.grade(before, GRADE_BY_RATING[rating - 1], at, sim.id);
    const durationMs = durationFor(rating, before.state, next);
    sim.card = graded.card;
    change(sim, at);
    reviews += 1;
    if (sim.card.state === 'LEARNING' || sim.card.state === 'RELEARNING') learning.add(sim);
    else learning.delete(sim);
    yield {
      cardId: sim.id,
      requestId: seededUuid(next),
      rating,
      stateBefore: before.state,
      cardBefore: cardSnapshot(before),
      versionAfter: sim.version,
      elapsedDays: graded.elapsedDays,
      scheduledDays: graded.scheduledDays,
      dueAfter: sim.card.due,
      durationMs,
      reviewedAt: at,
    };
    const leaveAt = new Date(at.getTime() + durationMs + 1000);
    if (rating === 4 && before.state === 'REVIEW' && sim.card.stability > 90 && next() < 0.02) {
      sim.status = 'KNOWN';
      change(sim, leaveAt);
    } else if (rating === 1 && before.state === 'REVIEW' && sim.card.lapses >= 4 && next() < 0.2) {
      sim.status = 'SUSPENDED';
      change(sim, leaveAt);
    }
    if (sim.status !== 'ACTIVE') learning.delete(sim);
    return durationMs;
  }

  let day = firstDay;
  let breakLeft = 0;
  let clock = 0;
  while (day.start.getTime() < lastDayStart) {
    const today = day;
    day = studyDay(today.end, options.timeZone, options.dayStartHour);
    if (breakLeft > 0 || next() < SKIP_DAY) {
      breakLeft = Math.max(0, breakLeft - 1);
      continue;
    }
    if (next() < START_BREAK) breakLeft = 2 + Math.floor(next() * 10);
    const newToday = Math.min(newCardsPerDay, Math.floor(rate * (0.6 + 0.8 * next()) + next()));
    let newDone = 0;
    let reviewsDone = 0;
    if (nextName < names.length && next() < 0.05) queuedNames.push(names[nextName++]);

    const sessions = SESSIONS.filter((session, index) => index === SESSIONS.length - 1 || next() < session.chance);
    for (const [index, session] of sessions.entries()) {
      const hour = session.fromHour + next() * (session.toHour - session.fromHour - 1);
      let now = Math.max(today.start.getTime() + (hour - options.dayStartHour) * HOUR, clock + 10 * 60_000);
      const stopBy = Math.min(now + MAX_SESSION_MS, today.end.getTime() - 30 * 60_000);
      const last = index === sessions.length - 1;
      const dueReviews = introduced
        .filter((sim) => sim.status === 'ACTIVE' && sim.card.state === 'REVIEW' && sim.card.due.getTime() < today.end.getTime())
        .sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
      const work = dueReviews.length + Math.max(0, newToday - newDone) * 3;
      const budget = last ? (next() < STOP_EARLY ? Math.ceil(work * (0.5 + 0.4 * next())) : Infinity) : Math.ceil(work * session.share);
      let done = 0;
      let reviewAt = 0;
      for (const queued of queuedNames.splice(0)) {
        queued.queuedAt = new Date(now);
        change(queued, queued.queuedAt);
        now += 5_000 + next() * 20_000;
        cards.splice(nextNew, 0, queued);
      }
      while (done < budget && now < stopBy) {
        let chosen: SimCard | undefined;
        const learningDue = (until: number) => {
          let best: SimCard | undefined;
          for (const sim of learning) if (sim.card.due.getTime() <= until && (!best || sim.card.due < best.card.due)) best = sim;
          return best;
        };
        chosen = learningDue(now);
        if (!chosen && reviewsDone < reviewsPerDay) {
          while (reviewAt < dueReviews.length && (dueReviews[reviewAt].status !== 'ACTIVE' || dueReviews[reviewAt].card.state !== 'REVIEW')) reviewAt++;
          chosen = dueReviews[reviewAt++];
        }
        while (!chosen && newDone < newToday && nextNew < cards.length) {
          const candidate = cards[nextNew++];
          introduced.push(candidate);
          // Now and then a new word is one the learner already knows: marked known instead of studied.
          if (!candidate.queuedAt && next() < 0.03) {
            candidate.status = 'KNOWN';
            change(candidate, new Date(now));
            now += 2_000 + next() * 4_000;
          } else chosen = candidate;
        }
        chosen ??= learningDue(now + LEARN_AHEAD_MS);
        if (!chosen) break;
        if (chosen.card.state === 'NEW') newDone += 1;
        if (chosen.card.state === 'REVIEW') reviewsDone += 1;
        const durationMs = yield* review(chosen, new Date(now));
        now += (durationMs + 500 + next() * 2_500) * (options.paceScale ?? 1);
        done += 1;
      }
      clock = now;
    }
  }

  const all = [...cards, ...names.filter((sim) => !sim.queuedAt)];
  return {
    cards: all.map(({ id, card, status, version, queuedAt, updatedAt }) => ({ cardId: id, card, status, version, queuedAt, updatedAt })),
    settings: { newCardsPerDay, reviewsPerDay },
    reviews,
  };
}

/**
 * How many new cards a day give about `targetReviews` reviews: reviews grow in proportion to the new cards a
 * day, so a quick run at a few a day, scaled, is enough.
 */
export function planNewCardsPerDay(options: LearnerOptions): number {
  const reviewsAt = (scale: number) => {
    const run = simulateLearner({
      ...options,
      seed: options.seed + 1,
      cardIds: Array.from({ length: PLANNING_RATE * 2 * 800 }, (_, index) => index + 1),
      nameCardIds: [],
      newCardsPerDay: PLANNING_RATE,
      targetReviews: options.targetReviews / scale,
      paceScale: scale,
    });
    let result = run.next();
    while (!result.done) result = run.next();
    return Math.max(1, result.value.reviews);
  };
  // Reviews grow with new cards a day until the hours of a day and the daily limit hold the learner back: the
  // second run studies at the pace of the first plan (each answer taking `scale` times as long, the limit that
  // much lower), so its sessions and limits bind as that plan's would, and its reviews count `scale` times.
  const first = (PLANNING_RATE * options.targetReviews) / reviewsAt(1);
  const scale = Math.max(1, first / PLANNING_RATE);
  return (PLANNING_RATE * options.targetReviews) / reviewsAt(scale);
}
