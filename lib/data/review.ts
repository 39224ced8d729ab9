import type { Db } from '@/lib/db/client';
import { Prisma, type Card, type CardKind, type CardState, type CardStatus, type NewCardOrder, type User } from '@/lib/generated/prisma/client';
import { cardFromSnapshot, cardSnapshot, createScheduler, GRADES, gradeToRating, type Grade, type Scheduler, type StoredCard } from '@/lib/scheduling/fsrs';
import { studyDay } from '@/lib/scheduling/study-day';
import { cardSentenceFromContext } from '@/lib/sentence-cards/card-sentence';
import { countIntoSlots, recountSlot } from './review-slots';
import { sentencesOfWordSql, toContextSentence, type ContextSentence, type Meaning, type SentenceRow } from './sentences';

/**
 * New cards a learner is offered: every word but names (people, places, organisations), which wait until the
 * learner asks for them; a card the learner asked for comes first.
 */
export const OFFERED_AS_NEW = Prisma.sql`(NOT w."isName" OR c."queuedAt" IS NOT NULL)`;

/**
 * New cards in the learner's order, those the learner asked for first: most frequent in the articles first
 * (studyRank), in the order their words first appeared (Word.id), by HSK level or general frequency (words
 * outside the list last, in article frequency), or shuffled by a hash of the card's id,
 * the same shuffle every day (Knuth's multiplicative hash: plain arithmetic, the same on every PostgreSQL).
 */
export function newCardOrderSql(order: NewCardOrder): Prisma.Sql {
  switch (order) {
    case 'ARTICLE':
      return Prisma.sql`c."queuedAt" NULLS LAST, w.id`;
    case 'RANDOM':
      return Prisma.sql`c."queuedAt" NULLS LAST, (c.id::bigint * 2654435761) % 4294967296, c.id`;
    case 'HSK_LEVEL':
      return Prisma.sql`c."queuedAt" NULLS LAST, w."hskLevel" NULLS LAST, w."generalRank" NULLS LAST, w."studyRank", w.id`;
    case 'GENERAL_FREQUENCY':
      return Prisma.sql`c."queuedAt" NULLS LAST, w."generalRank" NULLS LAST, w."studyRank", w.id`;
    default:
      return Prisma.sql`c."queuedAt" NULLS LAST, w."studyRank", w.id`;
  }
}

const MINUTE_MS = 60_000;
export const CARD_SENTENCE_LIMIT = 20;

/** A sentence card's sentence: the word stands once in it, at `start` for `length` characters, read `reading` there. */
export interface CardSentence {
  id: number;
  text: string;
  start: number;
  length: number;
  reading: string;
  articleTitle: string;
}

export interface ReviewCard {
  cardId: number;
  version: number;
  state: CardState;
  /** WORD: recognise the word; SENTENCE: recall it, blanked out of `sentence`. */
  kind: CardKind;
  /** The sentence of a sentence card; null for a word card. */
  sentence: CardSentence | null;
  word: {
    id: number;
    hanzi: string;
    pinyin: string;
    meanings: Meaning[];
    inDictionary: boolean;
    frequency: number;
    /** HSK 2.0 level; null: not in HSK. */
    hskLevel: number | null;
    /** Rank in general use (1 the most frequent); null: not in the list. */
    generalRank: number | null;
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
  /** The card that comes after `card` once it is answered: the screen shows it at once, while it refreshes the queue. */
  upcoming: ReviewCard | null;
  counts: QueueCounts;
  end: SessionEnd | null;
}

type Failure<E extends string> = { ok: false; error: E; message: string };

export type GradeResult =
  | { ok: true; reviewLogId: number; duplicate: boolean; card: { cardId: number; version: number; state: CardState; due: Date } }
  | Failure<'not-found' | 'conflict' | 'inactive' | 'request-reused' | 'undone'>;

export type UndoResult = { ok: true; cardId: number; queue: ReviewQueue } | Failure<'not-found' | 'already-undone' | 'not-latest'>;

export type CardActionResult = { ok: true } | Failure<'not-found'>;

type SchedulerConfig = Pick<User, 'desiredRetention' | 'maximumIntervalDays' | 'learningSteps' | 'relearningSteps' | 'fsrsParameters'>;

/** Schedulers by everything that configures them, so a grade builds none; a settings change gets its own. */
const schedulers = new Map<string, Scheduler>();
const SCHEDULERS_KEPT = 16;

export function schedulerFor(user: SchedulerConfig): Scheduler {
  const { desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, fsrsParameters } = user;
  const key = JSON.stringify([desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, fsrsParameters]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = createScheduler({ desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, parameters: fsrsParameters });
    schedulers.set(key, scheduler);
    if (schedulers.size > SCHEDULERS_KEPT) schedulers.delete(schedulers.keys().next().value!);
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

/**
 * Reviews due today and new cards available are counted only as far as today's limits can still show them (and
 * at least one): a long backlog or a big word bank costs nothing, and the counts shown come out the same.
 */
interface QueueFigures {
  newDone: number;
  reviewsDone: number;
  learningToday: number;
  /** Learning cards due now, up to two: the next two cards. */
  learningDueNow: number;
  reviewDueToday: number;
  newAvailable: number;
  nextDue: Date | null;
}

type CardWithWord = StoredCard & {
  cardId: number;
  version: number;
  updatedAt: Date;
  wordId: number;
  hanzi: string;
  pinyin: string;
  meanings: Meaning[];
  inDictionary: boolean;
  frequency: number;
  kind: CardKind;
  sentence: CardSentence | null;
  hskLevel: number | null;
  generalRank: number | null;
};

const CARD_WITH_WORD = Prisma.sql`
  c.id AS "cardId", c.version, c."updatedAt", c.state, c.due, c.stability, c.difficulty, c."elapsedDays", c."scheduledDays",
  c."learningSteps", c.reps, c.lapses, c."lastReview", c.kind,
  w.id AS "wordId", w.hanzi, w.pinyin, w.meanings, w."inDictionary", w.frequency, w."hskLevel", w."generalRank",
  (SELECT json_build_object('id', s.id, 'text', s.text, 'start', o.start, 'length', o.length, 'reading', o.reading, 'articleTitle', a.title)
   FROM "Sentence" s JOIN "Article" a ON a.id = s."articleId" JOIN "Occurrence" o ON o."sentenceId" = s.id AND o."wordId" = c."wordId"
   WHERE s.id = c."sentenceId" ORDER BY o.start LIMIT 1) AS sentence`;

/**
 * Sibling burying, as in Anki (lib/sentence-cards/siblings.ts): a card whose sibling (the same word's other
 * kind of card) was answered during this study day waits for another day. `reviewed_today` is a CTE of one
 * row: the words whose word card, and those whose sentence card, were answered today, as arrays, so that each
 * card is checked against a short array once read (a join with the CTE made a nested loop over it per card).
 */
const notBuried = (card: Prisma.Sql) => Prisma.sql`NOT (${card}."wordId" = ANY(CASE ${card}.kind
  WHEN 'WORD' THEN (SELECT "sentenceAnswered" FROM reviewed_today) ELSE (SELECT "wordAnswered" FROM reviewed_today) END))`;

/**
 * A new sentence card is introduced only once its word card has graduated (REVIEW or RELEARNING: learned at
 * least once, past its learning steps) or the word is marked known: recall in context builds on recognition.
 */
export const introducible = (card: Prisma.Sql) => Prisma.sql`(${card}.kind = 'WORD' OR EXISTS (
  SELECT 1 FROM "Card" wc WHERE wc."userId" = ${card}."userId" AND wc."wordId" = ${card}."wordId" AND wc.kind = 'WORD'
    AND (wc.state IN ('REVIEW', 'RELEARNING') OR wc.status = 'KNOWN')))`;

/** JSON turns timestamp columns into UTC wall times without a zone. */
const utc = (value: string | null) => (value === null ? null : new Date(`${value}Z`));

type CardRow = Omit<CardWithWord, 'due' | 'lastReview' | 'updatedAt'> & { due: string; lastReview: string | null; updatedAt: string; isNext: boolean };

/** A review session limited to the words of one article (the article page's "Review this article's words"). */
export interface ReviewScope {
  articleId?: number;
}

/** The condition a card (its unqualified "wordId") meets to be in the session: nothing for every word. */
function scopeSql(scope: ReviewScope): Prisma.Sql {
  if (scope.articleId === undefined) return Prisma.empty;
  return Prisma.sql`AND "wordId" IN (SELECT so."wordId" FROM "Occurrence" so JOIN "Sentence" ss ON ss.id = so."sentenceId" WHERE ss."articleId" = ${scope.articleId})`;
}

/** The first two learning and relearning cards due by `until`: each state one range of an index in due order. */
const learningDueBy = (userId: number, until: Date, inScope: Prisma.Sql = Prisma.empty) => Prisma.sql`
  (SELECT id, "wordId", due FROM "Card" c WHERE "userId" = ${userId} AND status = 'ACTIVE' AND state = 'LEARNING' AND due <= ${until}
     AND ${notBuried(Prisma.sql`c`)} ${inScope} ORDER BY due LIMIT 2)
  UNION ALL
  (SELECT id, "wordId", due FROM "Card" c WHERE "userId" = ${userId} AND status = 'ACTIVE' AND state = 'RELEARNING' AND due <= ${until}
     AND ${notBuried(Prisma.sql`c`)} ${inScope} ORDER BY due LIMIT 2)`;

/**
 * Today's figures, the next two cards, their words and best sentences, in one round trip. Cards follow
 * Anki's order: learning cards due now, then reviews due today, then new cards (in the learner's order), then
 * learning cards due within the learn-ahead window; reviews and new cards only while today's limits allow,
 * counting the first card against them when choosing the second. New cards are sorted only when learning
 * cards and reviews leave room for one among the two: that sort reads every new card.
 */
async function loadQueue(db: Db, user: User, now: Date, dayStart: Date, dayEnd: Date, scope: ReviewScope) {
  const inScope = scopeSql(scope);
  // Learning cards due within the learner's learn-ahead window are shown early when nothing else is left, as Anki does.
  const learnAheadUntil = new Date(now.getTime() + user.learnAheadMinutes * MINUTE_MS);
  const newOrder = newCardOrderSql(user.newCardOrder);
  const [row] = await db.$queryRaw<(QueueFigures & { cards: { card: CardRow; sentences: SentenceRow[] }[] | null })[]>`
    WITH reviewed_today AS (
      SELECT coalesce(array_agg(DISTINCT c."wordId") FILTER (WHERE c.kind = 'WORD'), '{}') AS "wordAnswered",
             coalesce(array_agg(DISTINCT c."wordId") FILTER (WHERE c.kind = 'SENTENCE'), '{}') AS "sentenceAnswered"
      FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
      WHERE r."userId" = ${user.id} AND r."reviewedAt" >= ${dayStart}
        -- Only a learner with sentence cards has siblings: the others skip reading today's reviews (checked once, on an index).
        AND EXISTS (SELECT 1 FROM "Card" s WHERE s."sentenceId" IS NOT NULL AND s."userId" = ${user.id})
    ),
    done AS (
      SELECT
        (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" >= ${dayStart} AND "stateBefore" = 'NEW') AS "newDone",
        (SELECT count(*)::int FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" >= ${dayStart} AND "stateBefore" = 'REVIEW') AS "reviewsDone"
    ),
    figures AS (
      SELECT done.*,
        (SELECT count(*)::int FROM "Card" c WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND due < ${dayEnd} AND state IN ('LEARNING', 'RELEARNING')
           AND ${notBuried(Prisma.sql`c`)} ${inScope}) AS "learningToday",
        least(2, (SELECT count(*)::int FROM (${learningDueBy(user.id, now, inScope)}) due_now)) AS "learningDueNow",
        (SELECT count(*)::int FROM (SELECT 1 FROM "Card" c WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND due < ${dayEnd} AND state = 'REVIEW'
          AND ${notBuried(Prisma.sql`c`)} ${inScope} LIMIT greatest(${user.reviewsPerDay} - (SELECT "reviewsDone" FROM done), 1)) due_today) AS "reviewDueToday",
        (SELECT count(*)::int FROM (SELECT 1 FROM "Card" c
          WHERE c."userId" = ${user.id} AND c.status = 'ACTIVE' AND c.state = 'NEW'
            AND (c."queuedAt" IS NOT NULL OR NOT (SELECT w."isName" FROM "Word" w WHERE w.id = c."wordId"))
            AND ${notBuried(Prisma.sql`c`)} AND ${introducible(Prisma.sql`c`)} ${inScope}
          LIMIT greatest(${user.newCardsPerDay} - (SELECT "newDone" FROM done), 1)) available) AS "newAvailable",
        (SELECT min(due) FROM "Card" c WHERE "userId" = ${user.id} AND status = 'ACTIVE' AND state <> 'NEW' AND due > ${now}
           AND ${notBuried(Prisma.sql`c`)} ${inScope}) AS "nextDue"
      FROM done
    ),
    candidates AS (
      SELECT id, "wordId", priority, row_number() OVER (ORDER BY priority, position) AS rank FROM figures, LATERAL (
        (SELECT id, "wordId", 1 AS priority, row_number() OVER (ORDER BY due) AS position FROM (${learningDueBy(user.id, now, inScope)}) learning
          ORDER BY due LIMIT 2)
        UNION ALL
        (SELECT id, "wordId", 2, row_number() OVER (ORDER BY due) FROM "Card" c
          WHERE figures."reviewsDone" < ${user.reviewsPerDay} AND "userId" = ${user.id} AND status = 'ACTIVE' AND due < ${dayEnd} AND state = 'REVIEW'
            AND ${notBuried(Prisma.sql`c`)} ${inScope}
          ORDER BY due LIMIT 2)
        UNION ALL
        (SELECT c.id, c."wordId", 3, row_number() OVER (ORDER BY ${newOrder}) FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
          WHERE figures."newDone" < ${user.newCardsPerDay} AND c."userId" = ${user.id} AND c.status = 'ACTIVE' AND c.state = 'NEW' AND ${OFFERED_AS_NEW} ${inScope}
            AND figures."learningDueNow" + least(figures."reviewDueToday", greatest(${user.reviewsPerDay} - figures."reviewsDone", 0)) < 2
            AND ${notBuried(Prisma.sql`c`)} AND ${introducible(Prisma.sql`c`)}
          ORDER BY ${newOrder} LIMIT 2)
        UNION ALL
        (SELECT id, "wordId", 4, row_number() OVER (ORDER BY due) FROM (${learningDueBy(user.id, learnAheadUntil, inScope)}) learning
          ORDER BY due LIMIT 2)
      ) branches
    ),
    next AS (SELECT id, "wordId", priority FROM candidates WHERE rank = 1),
    after_next AS (
      SELECT candidates.id FROM candidates, next, figures
      WHERE candidates.id <> next.id
        -- Answering the next card buries its sibling for the day.
        AND candidates."wordId" <> next."wordId"
        AND NOT (candidates.priority = 3 AND next.priority = 3 AND figures."newDone" + 1 >= ${user.newCardsPerDay})
        AND NOT (candidates.priority = 2 AND next.priority = 2 AND figures."reviewsDone" + 1 >= ${user.reviewsPerDay})
      ORDER BY candidates.rank LIMIT 1
    ),
    cards AS (
      SELECT ${CARD_WITH_WORD}, c.id = (SELECT id FROM next) AS "isNext"
      FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
      WHERE c.id IN (SELECT id FROM next UNION ALL SELECT id FROM after_next)
    )
    SELECT figures.*, (
      SELECT json_agg(json_build_object(
        'card', row_to_json(cards),
        'sentences', (SELECT coalesce(json_agg(sentences ORDER BY rank), '[]'::json)
                      FROM (${sentencesOfWordSql(Prisma.sql`cards."wordId"`, CARD_SENTENCE_LIMIT, 0, { tokens: user.rubyPinyin })}) sentences)
      )) FROM cards
    ) AS cards
    FROM figures`;
  const { cards, ...figures } = row;
  const toCard = (entry: { card: CardRow; sentences: SentenceRow[] } | undefined) =>
    entry && {
      card: { ...entry.card, due: utc(entry.card.due)!, lastReview: utc(entry.card.lastReview), updatedAt: utc(entry.card.updatedAt)! },
      sentences: entry.sentences,
    };
  return {
    figures,
    next: toCard(cards?.find((entry) => entry.card.isNext)),
    afterNext: toCard(cards?.find((entry) => !entry.card.isNext)),
  };
}

interface ServedCard {
  userId: number;
  version: number;
  updatedAt: Date;
  stored: StoredCard;
}

/**
 * Cards this process has just shown, by id, so that grading one needs no read. The grade's write only
 * succeeds while the card still has this version and this updatedAt, so an outdated entry is never used.
 */
const servedCards = new Map<number, ServedCard>();
const SERVED_CARDS_KEPT = 2000;

function rememberServed(userId: number, card: CardWithWord): void {
  servedCards.delete(card.cardId);
  servedCards.set(card.cardId, { userId, version: card.version, updatedAt: card.updatedAt, stored: storedCard(card) });
  if (servedCards.size > SERVED_CARDS_KEPT) servedCards.delete(servedCards.keys().next().value!);
}

function reviewCard(user: User, card: CardWithWord, sentences: SentenceRow[], now: Date): ReviewCard {
  rememberServed(user.id, card);
  const preview = schedulerFor(user).preview(storedCard(card), now, card.cardId);
  const contexts = sentences.map(toContextSentence);
  return {
    cardId: card.cardId,
    version: card.version,
    state: card.state,
    kind: card.kind,
    // A sentence card whose sentence went (an article edited or deleted) shows the word's best context sentence meanwhile.
    sentence: card.kind === 'SENTENCE' ? (card.sentence ?? cardSentenceFromContext(card.hanzi, contexts)) : null,
    word: {
      id: card.wordId,
      hanzi: card.hanzi,
      pinyin: card.pinyin,
      meanings: card.meanings,
      inDictionary: card.inDictionary,
      frequency: card.frequency,
      hskLevel: card.hskLevel,
      generalRank: card.generalRank,
    },
    sentences: contexts,
    sentenceCount: sentences[0]?.total ?? 0,
    intervals: {
      again: preview.again.interval,
      hard: preview.hard.interval,
      good: preview.good.interval,
      easy: preview.easy.interval,
    },
  };
}

function countsFrom(user: User, figures: QueueFigures): QueueCounts {
  return {
    learning: figures.learningToday,
    review: Math.max(0, Math.min(figures.reviewDueToday, user.reviewsPerDay - figures.reviewsDone)),
    new: Math.max(0, Math.min(figures.newAvailable, user.newCardsPerDay - figures.newDone)),
  };
}

export async function loadReviewCard(db: Db, user: User, cardId: number, now: Date): Promise<ReviewCard | null> {
  const [card] = await db.$queryRaw<CardWithWord[]>`
    SELECT ${CARD_WITH_WORD} FROM "Card" c JOIN "Word" w ON w.id = c."wordId" WHERE c.id = ${cardId} AND c."userId" = ${user.id}`;
  if (!card) return null;
  const sentences = await db.$queryRaw<SentenceRow[]>(sentencesOfWordSql(Prisma.sql`${card.wordId}`, CARD_SENTENCE_LIMIT, 0, { tokens: user.rubyPinyin }));
  return reviewCard(user, card, sentences, now);
}

export async function getReviewQueue(db: Db, user: User, now: Date, scope: ReviewScope = {}): Promise<ReviewQueue> {
  const day = studyDay(now, user.timeZone, user.dayStartHour);
  const { figures, next, afterNext } = await loadQueue(db, user, now, day.start, day.end, scope);
  const counts = countsFrom(user, figures);
  if (next) {
    return {
      card: reviewCard(user, next.card, next.sentences, now),
      upcoming: afterNext ? reviewCard(user, afterNext.card, afterNext.sentences, now) : null,
      counts,
      end: null,
    };
  }

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
    upcoming: null,
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
  constructor(readonly failure: Failure<'not-found' | 'already-undone' | 'not-latest'>) {
    super(failure.message);
  }
}

const conflict = (): Failure<'conflict'> => ({
  ok: false,
  error: 'conflict',
  message: 'This card changed after it was shown (answered in another tab or window, or changed on its word page). Showing the current card.',
});

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // P2002 from the query builder; from a raw query, PostgreSQL's own code arrives as P2010 with 23505.
  return error.code === 'P2002' || (error.code === 'P2010' && JSON.stringify(error.meta ?? {}).includes('23505'));
}

/**
 * Grades a card. The card update and its log are written by one statement, so they commit together or not
 * at all. The client names the version it saw (two tabs: the first wins) and a request id (a retried or
 * double-clicked grade is applied once). The answer is small: the screen already holds the next card
 * (`ReviewQueue.upcoming`) and refreshes the queue after showing it.
 */
export async function gradeCard(db: Db, user: User, input: GradeInput, now: Date): Promise<GradeResult> {
  /** What became of an earlier request with this id: applied (answer it again), used for another card, or undone. */
  const replay = async (): Promise<GradeResult | null> => {
    const reused: GradeResult = {
      ok: false,
      error: 'request-reused',
      message: 'This request id already belongs to another answer: each answer needs an id of its own.',
    };
    const existing = await db.reviewLog.findUnique({
      where: { requestId: input.requestId },
      select: { id: true, userId: true, rating: true, card: { select: { id: true, version: true, state: true, due: true } } },
    });
    if (existing && (existing.userId !== user.id || existing.card.id !== input.cardId)) return reused;
    if (existing && existing.rating !== gradeToRating(input.grade)) {
      const recorded = GRADES[existing.rating - 1];
      return { ...reused, message: `This request id already answered this card “${recorded}”: “${input.grade}” was not recorded. Each answer needs an id of its own.` };
    }
    if (existing) {
      const { id: cardId, version, state, due } = existing.card;
      return { ok: true, reviewLogId: existing.id, duplicate: true, card: { cardId, version, state, due } };
    }
    const undone = await db.undoneReview.findUnique({ where: { requestId: input.requestId }, select: { userId: true, cardId: true } });
    if (undone && (undone.userId !== user.id || (undone.cardId !== null && undone.cardId !== input.cardId))) return reused;
    if (undone) return { ok: false, error: 'undone', message: 'That answer was undone, so it is not applied again.' };
    return null;
  };

  const served = servedCards.get(input.cardId);
  const fromServed = served?.userId === user.id && served.version === input.expectedVersion;
  const card = fromServed
    ? { ...served.stored, status: 'ACTIVE' as CardStatus, version: served.version, updatedAt: served.updatedAt }
    : (
        await db.$queryRaw<(StoredCard & { status: CardStatus; version: number; updatedAt: Date })[]>`
          SELECT status, version, "updatedAt", state, due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
                 reps, lapses, "lastReview"
          FROM "Card" WHERE id = ${input.cardId} AND "userId" = ${user.id}`
      )[0];
  if (!card) return { ok: false, error: 'not-found', message: 'That card does not exist.' };
  if (card.version !== input.expectedVersion) return (await replay()) ?? conflict();
  if (card.status !== 'ACTIVE') {
    return { ok: false, error: 'inactive', message: `This card is ${card.status.toLowerCase()} and is not being reviewed.` };
  }

  const before = storedCard(card);
  const { card: after, elapsedDays, scheduledDays } = schedulerFor(user).grade(before, input.grade, now, input.cardId);
  let logs: { id: number }[];
  try {
    logs = await db.$queryRaw<{ id: number }[]>`
      WITH graded AS (
        UPDATE "Card" SET
          state = ${after.state}::"CardState", due = ${after.due}, stability = ${after.stability}, difficulty = ${after.difficulty},
          "elapsedDays" = ${after.elapsedDays}, "scheduledDays" = ${after.scheduledDays}, "learningSteps" = ${after.learningSteps},
          reps = ${after.reps}, lapses = ${after.lapses}, "lastReview" = ${after.lastReview}, version = version + 1, "updatedAt" = ${now}
        WHERE id = ${input.cardId} AND "userId" = ${user.id} AND version = ${input.expectedVersion}
          AND "updatedAt" = ${card.updatedAt} AND status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM "UndoneReview" WHERE "requestId" = ${input.requestId})
        RETURNING id
      )
      , logged AS (
        INSERT INTO "ReviewLog" ("requestId", "userId", "cardId", rating, "stateBefore", "cardBefore", "versionAfter",
                                 "elapsedDays", "scheduledDays", "dueAfter", "durationMs", "reviewedAt")
        SELECT ${input.requestId}, ${user.id}, graded.id, ${GRADE_RATING[input.grade]}, ${before.state}::"CardState",
               ${JSON.stringify(cardSnapshot(before))}::jsonb, ${input.expectedVersion + 1}, ${elapsedDays}, ${scheduledDays},
               ${after.due}, ${input.durationMs ?? null}::int, ${now}
        FROM graded
        RETURNING *
      )
      , counted AS (${countIntoSlots(user.id, Prisma.sql`SELECT * FROM logged`)})
      SELECT id FROM logged`;
  } catch (error) {
    // The same request id again, racing the first: that one was applied.
    if (isUniqueViolation(error)) return (await replay()) ?? conflict();
    throw error;
  }
  servedCards.delete(input.cardId);
  // No row: the card changed since it was read or shown (another tab or window). Read it afresh once.
  if (logs.length === 0) return fromServed ? gradeCard(db, user, input, now) : ((await replay()) ?? conflict());
  return {
    ok: true,
    reviewLogId: logs[0].id,
    duplicate: false,
    card: { cardId: input.cardId, version: input.expectedVersion + 1, state: after.state, due: after.due },
  };
}

/** Restores the exact card from before a review and deletes the review, if it is still the card's latest change. */
export async function undoReview(db: Db, user: User, reviewLogId: number, now: Date, scope: ReviewScope = {}): Promise<UndoResult> {
  try {
    const cardId = await db.$transaction(async (tx) => {
      const log = await tx.reviewLog.findFirst({ where: { id: reviewLogId, userId: user.id } });
      if (!log) {
        const undone = await tx.undoneReview.findFirst({ where: { reviewLogId, userId: user.id }, select: { reviewLogId: true } });
        throw new ExpectedFailure(
          undone
            ? { ok: false, error: 'already-undone', message: 'That review was already undone.' }
            : { ok: false, error: 'not-found', message: 'There is no review with that id to undo.' },
        );
      }
      const restored = await tx.card.updateMany({
        where: { id: log.cardId, version: log.versionAfter },
        // Back to the version it had too, so an earlier review of the card becomes its latest again.
        data: { ...cardFromSnapshot(log.cardBefore), version: log.versionAfter - 1 },
      });
      if (restored.count !== 1) {
        throw new ExpectedFailure({
          ok: false,
          error: 'not-latest',
          message: 'This card has changed since that review, so the review can no longer be undone.',
        });
      }
      await tx.undoneReview.create({ data: { reviewLogId: log.id, requestId: log.requestId, userId: user.id, cardId: log.cardId, undoneAt: now } });
      await tx.reviewLog.delete({ where: { id: log.id } });
      await recountSlot(tx, user.id, log.reviewedAt);
      return log.cardId;
    });
    const queue = await getReviewQueue(db, user, now, scope);
    const card = await loadReviewCard(db, user, cardId, now);
    if (!card) return { ok: true, cardId, queue };
    // The restored card comes first again; what was next waits behind it.
    const upcoming = queue.card?.cardId === cardId ? queue.upcoming : queue.card;
    return { ok: true, cardId, queue: { ...queue, card, upcoming, end: null } };
  } catch (error) {
    if (error instanceof ExpectedFailure) return error.failure;
    throw error;
  }
}

async function changeCard(db: Db, user: User, cardId: number, data: Prisma.CardUpdateManyMutationInput): Promise<CardActionResult> {
  const changed = await db.card.updateMany({ where: { id: cardId, userId: user.id }, data: { ...data, version: { increment: 1 } } });
  return changed.count === 1 ? { ok: true } : { ok: false, error: 'not-found', message: 'That card does not exist.' };
}

/**
 * Known cards leave the queue for good, suspended ones until resumed; either way their progress is kept. The
 * learner's own choice for this card: switching all sentence cards on again does not undo it.
 */
export function setCardStatus(db: Db, user: User, cardId: number, status: CardStatus): Promise<CardActionResult> {
  return changeCard(db, user, cardId, { status, suspendedWithAll: false });
}

/** Forgets the card's progress: it becomes a new card again and is studied again. Its review history is kept. */
export async function resetCard(db: Db, user: User, cardId: number, now: Date): Promise<CardActionResult> {
  const card = await db.card.findFirst({ where: { id: cardId, userId: user.id } });
  if (!card) return { ok: false, error: 'not-found', message: 'That card does not exist.' };
  return changeCard(db, user, cardId, { ...schedulerFor(user).reset(storedCard(card), now), status: 'ACTIVE', suspendedWithAll: false });
}

/** The learner asks to study a word now (a name, or a word met while reading): it comes first among today's new cards. */
export function queueCard(db: Db, user: User, cardId: number, now: Date): Promise<CardActionResult> {
  return changeCard(db, user, cardId, { queuedAt: now, status: 'ACTIVE', suspendedWithAll: false });
}
