import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  StrategyMode,
  type AbstractScheduler,
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  type RecordLog,
  type StepUnit,
} from 'ts-fsrs';

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

/** The answer buttons, in the order they are shown and numbered (1–4, like ts-fsrs ratings). */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export interface SchedulerSettings {
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Steps as ts-fsrs writes them ("1m", "10m", "1h", "1d"), checked by lib/settings/steps.ts. */
  learningSteps: readonly string[];
  relearningSteps: readonly string[];
  /** FSRS's parameters (w); empty for ts-fsrs's defaults */
  parameters?: readonly number[];
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
};

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
export function gradeToRating(grade: Grade): FsrsGrade {
  return GRADE_TO_RATING[grade];
}

export function toFsrsCard(card: StoredCard): FsrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_FSRS[card.state],
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): StoredCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_TO_STATE[card.state],
    lastReview: card.last_review ? new Date(card.last_review) : null,
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
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Anki-style short labels: "<1m", "10m", "5h", "12d", "1.5mo", "1.2y". The unit is chosen after rounding,
 * so 59.7 minutes reads "1h" rather than "60m".
 */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (Math.round(ms / MINUTE) < 60) return `${Math.round(ms / MINUTE)}m`;
  if (Math.round(ms / HOUR) < 24) return `${Math.round(ms / HOUR)}h`;
  if (Math.round(ms / DAY) < 30) return `${Math.round(ms / DAY)}d`;
  const months = ms / MONTH;
  if (Math.round(months) < 12) return `${Math.round(months * 10) < 100 ? oneDecimal(months) : Math.round(months)}mo`;
  return `${oneDecimal(ms / YEAR)}y`;
}

const CARD_ID = 'cikuCardId';
type SeededCard = FsrsCard & { [CARD_ID]: number };

/**
 * Fuzz seeded by the card and its memory state, never by the moment: the interval a button shows when the
 * card appears is exactly the one the grade gives seconds or minutes later, and a reload shows the same labels.
 */
function cardSeed(this: AbstractScheduler): string {
  const card = this.current as SeededCard;
  return `${card[CARD_ID]}_${card.reps}_${card.difficulty * card.stability}`;
}

/**
 * ts-fsrs may graduate a learning card to the same number of days for Good and Easy; like Anki, Easy then
 * gives one day more, so the two buttons never do the same thing.
 */
function separateEasyFromGood(outcomes: RecordLog, now: Date, maximumIntervalDays: number): RecordLog {
  const good = outcomes[Rating.Good].card;
  const easy = outcomes[Rating.Easy].card;
  const graduating = good.state === State.Review && easy.state === State.Review && outcomes[Rating.Good].log.state !== State.Review;
  if (!graduating || easy.scheduled_days > good.scheduled_days || good.scheduled_days + 1 > maximumIntervalDays) return outcomes;
  const scheduledDays = good.scheduled_days + 1;
  const due = new Date(now.getTime() + scheduledDays * DAY);
  return { ...outcomes, [Rating.Easy]: { ...outcomes[Rating.Easy], card: { ...easy, scheduled_days: scheduledDays, due } } };
}

/**
 * ts-fsrs keeps Hard < Good < Easy in days even past the maximum interval (a 3-day maximum can give Good 4
 * and Easy 5 days); like Anki, every button stops at the maximum instead.
 */
function capAtMaximum(outcomes: RecordLog, now: Date, maximumIntervalDays: number): RecordLog {
  const capped = { ...outcomes };
  for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
    const { card } = outcomes[rating];
    if (card.state === State.Review && card.scheduled_days > maximumIntervalDays) {
      const due = new Date(now.getTime() + maximumIntervalDays * DAY);
      capped[rating] = { ...outcomes[rating], card: { ...card, scheduled_days: maximumIntervalDays, due } };
    }
  }
  return capped;
}

/**
 * The buttons' labels: short ones, except that two buttons giving different intervals never share a label
 * (1.2y and 1.2y become 430d and 445d).
 */
export function intervalLabels(durations: Record<Grade, number>): Record<Grade, string> {
  const short = Object.fromEntries(GRADES.map((grade) => [grade, formatInterval(durations[grade])])) as Record<Grade, string>;
  const clashes = (grade: Grade) => GRADES.some((other) => other !== grade && short[other] === short[grade] && durations[other] !== durations[grade]);
  return Object.fromEntries(
    GRADES.map((grade) => [grade, clashes(grade) && durations[grade] >= DAY ? `${Math.round(durations[grade] / DAY)}d` : short[grade]]),
  ) as Record<Grade, string>;
}

/**
 * FSRS as ts-fsrs schedules it, with the learner's steps (by default ts-fsrs's own: learning 1m, 10m;
 * relearning 10m; none means FSRS schedules the card in days at once) and short-term scheduling on. Fuzz is on (ts-fsrs defaults it off) and seeded by the card (`cardSeed`), and Easy always
 * graduates a learning card later than Good: `preview` and `grade` share both rules, so a button's label is
 * exactly what it does.
 */
export function createScheduler(settings: Partial<SchedulerSettings> = {}) {
  const { desiredRetention, maximumIntervalDays, learningSteps, relearningSteps } = { ...DEFAULT_SCHEDULER_SETTINGS, ...settings };
  const scheduler = fsrs(
    generatorParameters({
      request_retention: desiredRetention,
      maximum_interval: maximumIntervalDays,
      learning_steps: learningSteps as StepUnit[],
      relearning_steps: relearningSteps as StepUnit[],
      enable_fuzz: true,
      enable_short_term: true,
      ...(settings.parameters?.length ? { w: [...settings.parameters] } : {}),
    }),
  ).useStrategy(StrategyMode.SEED, cardSeed);
  const outcomes = (card: StoredCard, now: Date, cardId: number): RecordLog => {
    const seeded: SeededCard = { ...toFsrsCard(card), [CARD_ID]: cardId };
    return capAtMaximum(separateEasyFromGood(scheduler.repeat(seeded, now), now, maximumIntervalDays), now, maximumIntervalDays);
  };
  return {
    /** The card after this grade; `cardId` seeds the fuzz. */
    grade(card: StoredCard, grade: Grade, now: Date, cardId: number): { card: StoredCard; elapsedDays: number; scheduledDays: number } {
      const { card: next, log } = outcomes(card, now, cardId)[gradeToRating(grade)];
      return { card: fromFsrsCard(next), elapsedDays: log.elapsed_days, scheduledDays: next.scheduled_days };
    },
    /** What each button would do, to label it. */
    preview(card: StoredCard, now: Date, cardId: number): Record<Grade, { due: Date; interval: string }> {
      const all = outcomes(card, now, cardId);
      const dues = Object.fromEntries(GRADES.map((grade) => [grade, new Date(all[gradeToRating(grade)].card.due)])) as Record<Grade, Date>;
      const labels = intervalLabels(Object.fromEntries(GRADES.map((grade) => [grade, dues[grade].getTime() - now.getTime()])) as Record<Grade, number>);
      return Object.fromEntries(GRADES.map((grade) => [grade, { due: dues[grade], interval: labels[grade] }])) as Record<Grade, { due: Date; interval: string }>;
    },
    /**
     * Anki's "Forget": the card is new again and due now; like Anki's default (its "reset repetition and
     * lapse counts" box unticked), reps and lapses are kept as history.
     */
    reset(card: StoredCard, now: Date): StoredCard {
      return fromFsrsCard(scheduler.forget(toFsrsCard(card), now, false).card);
    },
    /** The chance of recalling the card now; a new card has no memory to recall. */
    retrievability(card: StoredCard, now: Date): number | null {
      return card.state === 'NEW' ? null : scheduler.get_retrievability(toFsrsCard(card), now, false);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
