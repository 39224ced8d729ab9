/**
 * How much daily work a desired retention implies, simulated from the learner's own cards (Anki's
 * "workload" idea): each review card is reviewed when due, recalled with the probability FSRS gives it then,
 * and rescheduled by FSRS; new cards come in at the daily limit until the word bank runs out.
 */
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard, type FSRS, type StepUnit } from 'ts-fsrs';
import { DEFAULT_SCHEDULER_SETTINGS, toFsrsCard, type SchedulerSettings, type StoredCard } from './fsrs';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WorkloadInput {
  /** The learner's active cards that are no longer new. */
  cards: StoredCard[];
  /** New cards waiting to be introduced. */
  newCards: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  scheduler: Omit<SchedulerSettings, 'desiredRetention'>;
  /** Seconds one answer takes: a review, and a new or (re)learning card's step. */
  secondsPerReview: number;
  secondsPerLearningStep: number;
  days: number;
  now: Date;
}

export interface WorkloadEstimate {
  desiredRetention: number;
  reviewsPerDay: number;
  minutesPerDay: number;
  /** Words you would remember by the end: the sum of every card's chance of recall, over the last month. */
  memorisedAtEnd: number;
}

export const WORKLOAD_DAYS = 365;

/** The retention chosen and a few around it, within the range the settings allow (70–99 %). */
export function retentionsAround(percent: number): number[] {
  const around = [percent - 10, percent - 5, percent, percent + 3, percent + 6].map((value) => Math.min(99, Math.max(70, value)));
  return [...new Set(around)].sort((a, b) => a - b).map((value) => value / 100);
}

interface SimulatedCard {
  stability: number;
  difficulty: number;
  /** The day of its last review, from the start (negative before it). */
  lastDay: number;
  reviews: number;
}

const GOLDEN_RATIO_FRACTION = 0.6180339887498949;

/**
 * A number in [0, 1) fixed by the card and its review, spread evenly over a card's reviews (a golden-ratio
 * sequence from a hash of the card): every retention draws the same luck for the same review, and a card
 * fails about as often as FSRS expects rather than by runs of luck, so neighbouring retentions compare fairly.
 */
function chance(card: number, review: number): number {
  let hash = Math.imul(card ^ 0x9e3779b9, 0x85ebca6b);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x7feb352d);
  hash ^= hash >>> 15;
  return ((hash >>> 0) / 2 ** 32 + review * GOLDEN_RATIO_FRACTION) % 1;
}

/**
 * The interval with fuzz, as the app gives it: cards learnt on the same day drift apart instead of coming back
 * together forever, which would make the estimate jump between neighbouring retentions.
 */
function spread(interval: number, card: number, review: number, maximumIntervalDays: number): number {
  if (interval < 3) return interval;
  const fuzz = Math.max(1, Math.round(interval * 0.05));
  return Math.min(maximumIntervalDays, interval - fuzz + Math.floor(chance(card + 7919, review) * (2 * fuzz + 1)));
}

/**
 * Words remembered is averaged over the simulation's last month (every fifth day), not read on its last day
 * alone, where cards learnt together share one phase.
 */
const MEMORY_SAMPLED_DAYS = 30;
const MEMORY_SAMPLE_EVERY = 5;

/** A card answered Good at every step until it graduates: the answers it takes and the card it becomes. */
function graduate(scheduler: FSRS, card: FsrsCard, at: Date): { answers: number; card: FsrsCard } {
  let answers = 0;
  let current: FsrsCard = card;
  let now = at;
  while (current.state !== State.Review && answers < 20) {
    current = scheduler.next(current, now, Rating.Good).card as FsrsCard;
    answers += 1;
    now = current.due;
  }
  return { answers, card: current };
}

export function simulateWorkload(input: WorkloadInput, desiredRetention: number): WorkloadEstimate {
  const { days, now } = input;
  const settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...input.scheduler };
  const scheduler = fsrs({
    request_retention: desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    learning_steps: settings.learningSteps as StepUnit[],
    relearning_steps: settings.relearningSteps as StepUnit[],
    enable_fuzz: false,
    enable_short_term: true,
    ...(settings.parameters?.length ? { w: [...settings.parameters] } : {}),
  });
  const relearningAnswers = settings.relearningSteps.length;
  const cards: SimulatedCard[] = [];
  const due: number[][] = Array.from({ length: days }, () => []);
  let answers = 0;
  let seconds = 0;
  const schedule = (index: number, day: number) => {
    if (day < days) due[Math.max(0, day)].push(index);
  };
  const dayOf = (date: Date) => Math.floor((date.getTime() - now.getTime()) / DAY_MS);

  for (const stored of input.cards) {
    let card = toFsrsCard(stored);
    if (card.state !== State.Review || card.stability <= 0) {
      // Still learning: it graduates on the day it is due.
      const graduated = graduate(scheduler, card, card.due < now ? now : card.due);
      answers += graduated.answers;
      seconds += graduated.answers * input.secondsPerLearningStep;
      card = graduated.card;
    }
    cards.push({ stability: card.stability, difficulty: card.difficulty, lastDay: ((card.last_review ?? now).getTime() - now.getTime()) / DAY_MS, reviews: 0 });
    schedule(cards.length - 1, dayOf(card.due));
  }

  const learnt = graduate(scheduler, createEmptyCard(now), now);
  let newLeft = input.newCards;
  let memorised = 0;
  let samples = 0;
  for (let day = 0; day < days; day++) {
    const daysLeft = days - day;
    if (daysLeft <= MEMORY_SAMPLED_DAYS && daysLeft % MEMORY_SAMPLE_EVERY === 0) {
      samples += 1;
      for (const card of cards) memorised += scheduler.forgetting_curve(Math.max(0, day - card.lastDay), card.stability);
    }
    let reviewsLeft = input.reviewsPerDay;
    for (const index of due[day]) {
      if (reviewsLeft === 0) {
        schedule(index, day + 1);
        continue;
      }
      reviewsLeft -= 1;
      const card = cards[index];
      const elapsed = Math.max(0, day - card.lastDay);
      const recalled = chance(index, card.reviews) < scheduler.forgetting_curve(elapsed, card.stability);
      let memory = scheduler.next_state({ stability: card.stability, difficulty: card.difficulty }, elapsed, recalled ? Rating.Good : Rating.Again);
      answers += 1;
      seconds += input.secondsPerReview;
      if (!recalled) {
        for (let step = 0; step < relearningAnswers; step++) memory = scheduler.next_state(memory, 0, Rating.Good);
        answers += relearningAnswers;
        seconds += relearningAnswers * input.secondsPerLearningStep;
      }
      Object.assign(card, { stability: memory.stability, difficulty: memory.difficulty, lastDay: day, reviews: card.reviews + 1 });
      schedule(index, day + spread(scheduler.next_interval(memory.stability, 0), index, card.reviews, settings.maximumIntervalDays));
    }
    const introduced = Math.min(newLeft, input.newCardsPerDay);
    newLeft -= introduced;
    for (let count = 0; count < introduced; count++) {
      cards.push({ stability: learnt.card.stability, difficulty: learnt.card.difficulty, lastDay: day, reviews: 0 });
      schedule(cards.length - 1, day + spread(learnt.card.scheduled_days, cards.length - 1, 0, settings.maximumIntervalDays));
    }
    answers += introduced * learnt.answers;
    seconds += introduced * learnt.answers * input.secondsPerLearningStep;
  }

  return {
    desiredRetention,
    reviewsPerDay: answers / days,
    minutesPerDay: seconds / 60 / days,
    memorisedAtEnd: samples === 0 ? 0 : memorised / samples,
  };
}

/** The workload of each retention, simulated alike. */
export function estimateWorkloads(input: WorkloadInput, retentions: number[]): WorkloadEstimate[] {
  return retentions.map((retention) => simulateWorkload(input, retention));
}
