import type { Db } from '@/lib/db/client';
import type { CardState, User } from '@/lib/generated/prisma/client';
import type { StoredCard } from '@/lib/scheduling/fsrs';
import { estimateWorkloads, retentionsAround, WORKLOAD_DAYS, type WorkloadEstimate, type WorkloadInput } from '@/lib/scheduling/workload';
import { OFFERED_AS_NEW } from './review';

/** Anki's default costs, until the learner's own answers say otherwise. */
const DEFAULT_SECONDS_PER_REVIEW = 8;
const DEFAULT_SECONDS_PER_LEARNING_STEP = 12;
/** Answers timed that many or more stand for the learner's pace; a longer pause (a break) counts as a minute. */
const TIMED_ANSWERS_NEEDED = 20;
const RECENT_ANSWERS = 1000;

export interface Workload {
  /** The retention asked about; `estimates` holds it and a few around it. */
  desiredRetention: number;
  days: number;
  cards: number;
  newCards: number;
  newCardsPerDay: number;
  secondsPerReview: number;
  estimates: WorkloadEstimate[];
}

type Pace = { reviewSeconds: number | null; reviewCount: number; learningSeconds: number | null; learningCount: number };

/** What the simulation starts from: the learner's cards, the new ones waiting, and how long their answers take. */
async function workloadInput(db: Db, user: User, now: Date): Promise<Omit<WorkloadInput, 'scheduler'>> {
  const [cards, [{ newCards }], [pace]] = await Promise.all([
    db.$queryRaw<(StoredCard & { state: CardState })[]>`
      SELECT state, due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, "lastReview"
      FROM "Card" WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND state <> 'NEW'`,
    db.$queryRaw<{ newCards: number }[]>`
      SELECT count(*)::int AS "newCards" FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
      WHERE c."userId" = ${user.id} AND c.kind = 'WORD' AND c.status = 'ACTIVE' AND c.state = 'NEW' AND ${OFFERED_AS_NEW}`,
    db.$queryRaw<Pace[]>`
      SELECT avg(least("durationMs", 60000)) FILTER (WHERE "stateBefore" = 'REVIEW') / 1000 AS "reviewSeconds",
             count(*) FILTER (WHERE "stateBefore" = 'REVIEW')::int AS "reviewCount",
             avg(least("durationMs", 60000)) FILTER (WHERE "stateBefore" <> 'REVIEW') / 1000 AS "learningSeconds",
             count(*) FILTER (WHERE "stateBefore" <> 'REVIEW')::int AS "learningCount"
      FROM (SELECT "durationMs", "stateBefore" FROM "ReviewLog" WHERE "userId" = ${user.id} AND "durationMs" IS NOT NULL
            ORDER BY "reviewedAt" DESC LIMIT ${RECENT_ANSWERS}) recent`,
  ]);
  const measured = (seconds: unknown, count: number, fallback: number) => (count >= TIMED_ANSWERS_NEEDED && seconds !== null ? Number(seconds) : fallback);
  return {
    cards,
    newCards,
    newCardsPerDay: user.newCardsPerDay,
    reviewsPerDay: user.reviewsPerDay,
    secondsPerReview: measured(pace.reviewSeconds, pace.reviewCount, DEFAULT_SECONDS_PER_REVIEW),
    secondsPerLearningStep: measured(pace.learningSeconds, pace.learningCount, DEFAULT_SECONDS_PER_LEARNING_STEP),
    days: WORKLOAD_DAYS,
    now,
  };
}

/** The daily work the chosen retention (a whole percentage) and a few around it would ask of this learner over the next year. */
export async function estimateWorkload(db: Db, user: User, retentionPercent: number, now: Date): Promise<Workload> {
  const input = await workloadInput(db, user, now);
  const { maximumIntervalDays, learningSteps, relearningSteps, fsrsParameters } = user;
  return {
    desiredRetention: retentionPercent / 100,
    days: input.days,
    cards: input.cards.length,
    newCards: input.newCards,
    newCardsPerDay: input.newCardsPerDay,
    secondsPerReview: input.secondsPerReview,
    estimates: estimateWorkloads({ ...input, scheduler: { maximumIntervalDays, learningSteps, relearningSteps, parameters: fsrsParameters } }, retentionsAround(retentionPercent)),
  };
}
