import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';

export type CardState = 'NEW' | 'LEARNING' | 'REVIEW' | 'RELEARNING';

/** A card's scheduling state as the database stores it. */
export interface StoredCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export interface SchedulerSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
}

const STATE_TO_FSRS: Record<CardState, State> = {
  NEW: State.New,
  LEARNING: State.Learning,
  REVIEW: State.Review,
  RELEARNING: State.Relearning,
};
const FSRS_TO_STATE: Record<State, CardState> = {
  [State.New]: 'NEW',
  [State.Learning]: 'LEARNING',
  [State.Review]: 'REVIEW',
  [State.Relearning]: 'RELEARNING',
};
const GRADE_TO_RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function toFsrsCard(card: StoredCard): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_FSRS[card.state],
    last_review: card.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_TO_STATE[card.state],
    lastReview: card.last_review ?? null,
  };
}

export type CardSnapshot = Omit<StoredCard, 'due' | 'lastReview'> & { due: string; lastReview: string | null };

/** The card as JSON, kept with each review so that undoing it restores the card exactly. */
export function cardSnapshot(card: StoredCard): CardSnapshot {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null };
}

export function cardFromSnapshot(json: unknown): StoredCard {
  const snapshot = json as CardSnapshot;
  return {
    due: new Date(snapshot.due),
    stability: snapshot.stability,
    difficulty: snapshot.difficulty,
    elapsedDays: snapshot.elapsedDays,
    scheduledDays: snapshot.scheduledDays,
    learningSteps: snapshot.learningSteps,
    reps: snapshot.reps,
    lapses: snapshot.lapses,
    state: snapshot.state,
    lastReview: snapshot.lastReview === null ? null : new Date(snapshot.lastReview),
  };
}

export function newCard(now: Date): StoredCard {
  return fromFsrsCard(createEmptyCard(now));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Anki-style short labels: "<1m", "10m", "5h", "12d", "1.5mo", "1.2y". */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  const months = days / 30;
  if (months < 12) return `${months < 10 ? Number(months.toFixed(1)) : Math.round(months)}mo`;
  const years = days / 365;
  return `${years < 10 ? Number(years.toFixed(1)) : Math.round(years)}y`;
}

/**
 * FSRS as ts-fsrs defines it: learning steps 1m and 10m, relearning step 10m, short-term scheduling on,
 * and fuzz on (ts-fsrs seeds it from the review time and the card, so the same review always gives the same due).
 */
export function createScheduler(settings: Partial<SchedulerSettings> = {}) {
  const scheduler = fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention ?? 0.9,
      maximum_interval: settings.maximumIntervalDays ?? 36500,
      enable_fuzz: true,
      enable_short_term: true,
    }),
  );
  return {
    grade(card: StoredCard, grade: Grade, now: Date): { card: StoredCard; elapsedDays: number; scheduledDays: number } {
      const { card: next, log } = scheduler.next(toFsrsCard(card), now, GRADE_TO_RATING[grade]);
      return { card: fromFsrsCard(next), elapsedDays: log.elapsed_days, scheduledDays: next.scheduled_days };
    },
    preview(card: StoredCard, now: Date): Record<Grade, { due: Date; interval: string }> {
      const outcomes = scheduler.repeat(toFsrsCard(card), now);
      const entry = (grade: Grade) => {
        const due = outcomes[GRADE_TO_RATING[grade]].card.due;
        return { due, interval: formatInterval(due.getTime() - now.getTime()) };
      };
      return { again: entry('again'), hard: entry('hard'), good: entry('good'), easy: entry('easy') };
    },
    /** Anki's "Forget": back to a new card; the review and lapse counts are kept as history. */
    reset(card: StoredCard, now: Date): StoredCard {
      return fromFsrsCard(scheduler.forget(toFsrsCard(card), now, false).card);
    },
    retrievability(card: StoredCard, now: Date): number | null {
      return card.state === 'NEW' ? null : scheduler.get_retrievability(toFsrsCard(card), now, false);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
