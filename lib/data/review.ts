import type { Db } from '@/lib/db/client';
import { Prisma, type Card, type CardState, type CardStatus, type User } from '@/lib/generated/prisma/client';
import { createScheduler, type Grade, type StoredCard } from '@/lib/scheduling/fsrs';
import { studyDay } from '@/lib/scheduling/study-day';
import { loadSentencesForWord, type ContextSentence, type Meaning } from './sentences';

/** Learning cards due within this window are shown early when nothing else is left, as Anki does. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;
export const CARD_SENTENCE_LIMIT = 20;

export interface ReviewCard {
  cardId: number;
  version: number;
  state: CardState;
  word: {
    id: number;
    hanzi: string;
    pinyin: string;
    meanings: Meaning[];
    inDictionary: boolean;
    frequency: number;
  };
  sentences: ContextSentence[];
  sentenceCount: number;
  intervals: Record<Grade, string>;
}

export interface QueueCounts {
  learning: number;
  review: number;
  new: number;
}

export type SessionEndReason = 'empty' | 'done' | 'learning-later' | 'limits';

export interface SessionEnd {
  reason: SessionEndReason;
  /** When the next card becomes due, if any card is scheduled at all. */
  nextDueAt: string | null;
  newLimitReached: boolean;
  reviewLimitReached: boolean;
}

export interface ReviewQueue {
  card: ReviewCard | null;
  counts: QueueCounts;
  end: SessionEnd | null;
}

type Failure<E extends string> = { ok: false; error: E; message: string };

export type GradeResult =
  | { ok: true; reviewLogId: number; duplicate: boolean; queue: ReviewQueue }
  | Failure<'not-found' | 'conflict' | 'inactive'>;

export type UndoResult = { ok: true; cardId: number; queue: ReviewQueue } | Failure<'not-found' | 'not-latest'>;

export type CardActionResult = { ok: true } | Failure<'not-found'>;

const schedulers = new Map<number, ReturnType<typeof createScheduler>>();
function schedulerFor(user: Pick<User, 'desiredRetention'>) {
  let scheduler = schedulers.get(user.desiredRetention);
  if (!scheduler) {
    scheduler = createScheduler({ desiredRetention: user.desiredRetention });
    schedulers.set(user.desiredRetention, scheduler);
  }
  return scheduler;
}

export function storedCard(card: Pick<Card, keyof StoredCard>): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview,
  };
}

function snapshot(card: StoredCard): Prisma.InputJsonObject {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null };
}

function fromSnapshot(json: Prisma.JsonValue): StoredCard {
  const value = json as Record<string, unknown>;
  return {
    due: new Date(value.due as string),
    stability: value.stability as number,
    difficulty: value.difficulty as number,
    elapsedDays: value.elapsedDays as number,
    scheduledDays: value.scheduledDays as number,
    learningSteps: value.learningSteps as number,
    reps: value.reps as number,
    lapses: value.lapses as number,
    state: value.state as CardState,
    lastReview: value.lastReview ? new Date(value.lastReview as string) : null,
  };
}

interface QueueFigures {
  newDone: number;
  reviewsDone: number;
  learningToday: number;
  reviewDueToday: number;
  newAvailable: number;
  nextDue: Date | null;
}

async function queueFigures(db: Db, user: User, now: Date, dayStart: Date, dayEnd: Date): Promise<QueueFigures> {
  const [row] = await db.$queryRaw<
    { newDone: number; reviewsDone: number; learningToday: number; reviewDueToday: number; newAvailable: number; nextDue: Date | null }[]
  >`
    SELECT
      (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" >= ${dayStart} AND "stateBefore" = 'NEW') AS "newDone",
      (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" >= ${dayStart} AND "stateBefore" = 'REVIEW') AS "reviewsDone",
      (SELECT count(*)::int FROM "Card" WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND due < ${dayEnd} AND state IN ('LEARNING', 'RELEARNING')) AS "learningToday",
      (SELECT count(*)::int FROM "Card" WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND due < ${dayEnd} AND state = 'REVIEW') AS "reviewDueToday",
      (SELECT count(*)::int FROM "Card" WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND state = 'NEW') AS "newAvailable",
      (SELECT min(due) FROM "Card" WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND state <> 'NEW' AND due > ${now}) AS "nextDue"`;
  return row;
}

function countsFrom(user: User, figures: QueueFigures): QueueCounts {
  return {
    learning: figures.learningToday,
    review: Math.max(0, Math.min(figures.reviewDueToday, user.reviewsPerDay - figures.reviewsDone)),
    new: Math.max(0, Math.min(figures.newAvailable, user.newCardsPerDay - figures.newDone)),
  };
}

/**
 * The next card, in Anki's order: learning cards due now, then reviews due today, then new cards
 * (most useful first), then learning cards due within the learn-ahead window.
 */
async function nextCardId(db: Db, userId: number, now: Date, dayEnd: Date, counts: QueueCounts): Promise<number | null> {
  const learnAheadUntil = new Date(now.getTime() + LEARN_AHEAD_MS);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM (
      (SELECT id, 1 AS priority FROM "Card"
        WHERE "userId" = ${userId} AND status = 'ACTIVE' AND due <= ${now} AND state IN ('LEARNING', 'RELEARNING')
        ORDER BY due LIMIT 1)
      UNION ALL
      (SELECT id, 2 FROM "Card"
        WHERE ${counts.review > 0}::boolean AND "userId" = ${userId} AND status = 'ACTIVE' AND due < ${dayEnd} AND state = 'REVIEW'
        ORDER BY due LIMIT 1)
      UNION ALL
      (SELECT c.id, 3 FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
        WHERE ${counts.new > 0}::boolean AND c."userId" = ${userId} AND c.status = 'ACTIVE' AND c.state = 'NEW'
        ORDER BY w."studyRank", w.id LIMIT 1)
      UNION ALL
      (SELECT id, 4 FROM "Card"
        WHERE "userId" = ${userId} AND status = 'ACTIVE' AND due <= ${learnAheadUntil} AND state IN ('LEARNING', 'RELEARNING')
        ORDER BY due LIMIT 1)
    ) candidates
    ORDER BY priority LIMIT 1`;
  return rows[0]?.id ?? null;
}

export async function loadReviewCard(db: Db, user: User, cardId: number, now: Date): Promise<ReviewCard | null> {
  const card = await db.card.findFirst({
    where: { id: cardId, userId: user.id },
    include: { word: { select: { id: true, hanzi: true, pinyin: true, meanings: true, inDictionary: true, frequency: true } } },
  });
  if (!card) return null;
  const { sentences, total } = await loadSentencesForWord(db, card.wordId, { limit: CARD_SENTENCE_LIMIT });
  const preview = schedulerFor(user).preview(storedCard(card), now);
  return {
    cardId: card.id,
    version: card.version,
    state: card.state,
    word: { ...card.word, meanings: card.word.meanings as unknown as Meaning[] },
    sentences,
    sentenceCount: total,
    intervals: {
      again: preview.again.interval,
      hard: preview.hard.interval,
      good: preview.good.interval,
      easy: preview.easy.interval,
    },
  };
}

export async function getReviewQueue(db: Db, user: User, now: Date): Promise<ReviewQueue> {
  const day = studyDay(now, user.timeZone, user.dayStartHour);
  const figures = await queueFigures(db, user, now, day.start, day.end);
  const counts = countsFrom(user, figures);
  const cardId = await nextCardId(db, user.id, now, day.end, counts);
  const card = cardId === null ? null : await loadReviewCard(db, user, cardId, now);
  if (card) return { card, counts, end: null };

  const newLimitReached = figures.newAvailable > 0 && counts.new === 0;
  const reviewLimitReached = figures.reviewDueToday > 0 && counts.review === 0;
  const nothingScheduled = figures.nextDue === null && figures.newAvailable === 0 && figures.learningToday === 0;
  const reason: SessionEndReason = nothingScheduled
    ? 'empty'
    : figures.learningToday > 0
      ? 'learning-later'
      : newLimitReached || reviewLimitReached
        ? 'limits'
        : 'done';
  return {
    card: null,
    counts,
    end: { reason, nextDueAt: figures.nextDue?.toISOString() ?? null, newLimitReached, reviewLimitReached },
  };
}

export interface GradeInput {
  cardId: number;
  expectedVersion: number;
  grade: Grade;
  requestId: string;
  durationMs?: number;
}

const GRADE_RATING: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };

class ExpectedFailure extends Error {
  constructor(readonly failure: Failure<'not-found' | 'conflict' | 'inactive' | 'not-latest'>) {
    super(failure.message);
  }
}

const conflict = (): Failure<'conflict'> => ({
  ok: false,
  error: 'conflict',
  message: 'This card was just reviewed somewhere else (another tab or window). Showing the next card.',
});

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Grades a card: the card update and its log are one transaction. The client names the version it saw
 * (two tabs: the first wins) and a request id (a retried or double-clicked grade is applied once).
 */
export async function gradeCard(db: Db, user: User, input: GradeInput, now: Date): Promise<GradeResult> {
  const replay = async (): Promise<GradeResult | null> => {
    const existing = await db.reviewLog.findUnique({ where: { requestId: input.requestId }, select: { id: true, cardId: true, userId: true } });
    if (!existing || existing.userId !== user.id || existing.cardId !== input.cardId) return null;
    return { ok: true, reviewLogId: existing.id, duplicate: true, queue: await getReviewQueue(db, user, now) };
  };
  const replayed = await replay();
  if (replayed) return replayed;

  try {
    const reviewLogId = await db.$transaction(async (tx) => {
      const card = await tx.card.findFirst({ where: { id: input.cardId, userId: user.id } });
      if (!card) throw new ExpectedFailure({ ok: false, error: 'not-found', message: 'That card does not exist.' });
      if (card.status !== 'ACTIVE') {
        throw new ExpectedFailure({ ok: false, error: 'inactive', message: `This card is ${card.status.toLowerCase()} and is not being reviewed.` });
      }
      if (card.version !== input.expectedVersion) throw new ExpectedFailure(conflict());
      const before = storedCard(card);
      const result = schedulerFor(user).grade(before, input.grade, now);
      const updated = await tx.card.updateMany({
        where: { id: card.id, version: input.expectedVersion },
        data: { ...result.card, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ExpectedFailure(conflict());
      const log = await tx.reviewLog.create({
        data: {
          requestId: input.requestId,
          userId: user.id,
          cardId: card.id,
          rating: GRADE_RATING[input.grade],
          stateBefore: card.state,
          cardBefore: snapshot(before),
          versionAfter: input.expectedVersion + 1,
          elapsedDays: result.elapsedDays,
          scheduledDays: result.scheduledDays,
          dueAfter: result.card.due,
          durationMs: input.durationMs,
          reviewedAt: now,
        },
        select: { id: true },
      });
      return log.id;
    });
    return { ok: true, reviewLogId, duplicate: false, queue: await getReviewQueue(db, user, now) };
  } catch (error) {
    if (error instanceof ExpectedFailure) {
      if (error.failure.error === 'conflict') return (await replay()) ?? (error.failure as Failure<'conflict'>);
      return error.failure as Failure<'not-found' | 'inactive'>;
    }
    if (isUniqueViolation(error)) {
      const replayedAfterRace = await replay();
      if (replayedAfterRace) return replayedAfterRace;
    }
    throw error;
  }
}

/** Restores the exact card from before a review and deletes the review, if it is still the card's latest change. */
export async function undoReview(db: Db, user: User, reviewLogId: number, now: Date): Promise<UndoResult> {
  try {
    const cardId = await db.$transaction(async (tx) => {
      const log = await tx.reviewLog.findFirst({ where: { id: reviewLogId, userId: user.id } });
      if (!log) throw new ExpectedFailure({ ok: false, error: 'not-found', message: 'That review was already undone.' });
      const restored = await tx.card.updateMany({
        where: { id: log.cardId, version: log.versionAfter },
        // Back to the version it had too, so an earlier review of the card becomes its latest again.
        data: { ...fromSnapshot(log.cardBefore), version: log.versionAfter - 1 },
      });
      if (restored.count !== 1) {
        throw new ExpectedFailure({
          ok: false,
          error: 'not-latest',
          message: 'This card has changed since that review, so the review can no longer be undone.',
        });
      }
      await tx.reviewLog.delete({ where: { id: log.id } });
      return log.cardId;
    });
    const queue = await getReviewQueue(db, user, now);
    const card = await loadReviewCard(db, user, cardId, now);
    return { ok: true, cardId, queue: card ? { ...queue, card, end: null } : queue };
  } catch (error) {
    if (error instanceof ExpectedFailure) return error.failure as Failure<'not-found' | 'not-latest'>;
    throw error;
  }
}

async function changeCard(db: Db, user: User, cardId: number, data: Prisma.CardUpdateManyMutationInput): Promise<CardActionResult> {
  const changed = await db.card.updateMany({ where: { id: cardId, userId: user.id }, data: { ...data, version: { increment: 1 } } });
  return changed.count === 1 ? { ok: true } : { ok: false, error: 'not-found', message: 'That card does not exist.' };
}

/** Known cards leave the queue for good, suspended ones until resumed; either way their progress is kept. */
export function setCardStatus(db: Db, user: User, cardId: number, status: CardStatus): Promise<CardActionResult> {
  return changeCard(db, user, cardId, { status });
}

/** Forgets the card's progress: it becomes a new card again and is studied again. Its review history is kept. */
export async function resetCard(db: Db, user: User, cardId: number, now: Date): Promise<CardActionResult> {
  const card = await db.card.findFirst({ where: { id: cardId, userId: user.id } });
  if (!card) return { ok: false, error: 'not-found', message: 'That card does not exist.' };
  return changeCard(db, user, cardId, { ...schedulerFor(user).reset(storedCard(card), now), status: 'ACTIVE' });
}
