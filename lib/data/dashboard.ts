import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { User } from '@/lib/generated/prisma/client';
import { currentStreak, studyDay } from '@/lib/scheduling/study-day';
import { introducible, OFFERED_AS_NEW } from './review';

export interface Dashboard {
  dueNow: number;
  /** Cards that fall due after now and before the study day ends (learning steps, mostly). */
  dueLaterToday: number;
  reviewDueToday: number;
  learningToday: number;
  /** New cards the queue still offers today: word cards, and sentence cards whose word has graduated. */
  newLeftToday: number;
  reviewedToday: number;
  streak: number;
  byState: { new: number; learning: number; review: number; known: number; suspended: number; names: number };
  totalWords: number;
  articles: number;
  nextDueAt: Date | null;
  /** Reviews per study day for the last weeks, oldest first. */
  history: { day: string; reviews: number }[];
}

export const HISTORY_DAYS = 28;

/** 'YYYY-MM-DD' of the study day a review fell on, given the time zone ($2) and day-start hour ($3). */
const STUDY_DAY_OF_REVIEW = `to_char(("reviewedAt" AT TIME ZONE 'UTC' AT TIME ZONE $2) - make_interval(hours => $3), 'YYYY-MM-DD')`;

export async function getDashboard(db: Db, user: User, now: Date): Promise<Dashboard> {
  const day = studyDay(now, user.timeZone, user.dayStartHour);
  const [[cards], [today], reviewDays, articles] = await Promise.all([
    db.$queryRaw<
      {
        dueNow: number; dueLaterToday: number; reviewDueToday: number; learningToday: number; new: number; learning: number; review: number;
        known: number; suspended: number; names: number; newSentences: number; total: number; nextDueAt: Date | null;
      }[]
    >`
      SELECT
        count(*) FILTER (WHERE status = 'ACTIVE' AND state <> 'NEW' AND due <= ${now})::int AS "dueNow",
        count(*) FILTER (WHERE status = 'ACTIVE' AND state <> 'NEW' AND due > ${now} AND due < ${day.end})::int AS "dueLaterToday",
        count(*) FILTER (WHERE status = 'ACTIVE' AND state = 'REVIEW' AND due < ${day.end})::int AS "reviewDueToday",
        count(*) FILTER (WHERE status = 'ACTIVE' AND state IN ('LEARNING', 'RELEARNING') AND due < ${day.end})::int AS "learningToday",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'ACTIVE' AND state = 'NEW' AND ${OFFERED_AS_NEW})::int AS "new",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'ACTIVE' AND state = 'NEW' AND NOT ${OFFERED_AS_NEW})::int AS "names",
        -- New sentence cards the queue would offer today: their word card has graduated (or is known).
        count(*) FILTER (WHERE kind = 'SENTENCE' AND status = 'ACTIVE' AND state = 'NEW' AND ${OFFERED_AS_NEW} AND ${introducible(Prisma.sql`c`)})::int AS "newSentences",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'ACTIVE' AND state IN ('LEARNING', 'RELEARNING'))::int AS "learning",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'ACTIVE' AND state = 'REVIEW')::int AS "review",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'KNOWN')::int AS "known",
        count(*) FILTER (WHERE kind = 'WORD' AND status = 'SUSPENDED')::int AS "suspended",
        count(*) FILTER (WHERE kind = 'WORD' AND status <> 'RETIRED')::int AS "total",
        min(due) FILTER (WHERE status = 'ACTIVE' AND state <> 'NEW' AND due > ${now}) AS "nextDueAt"
      FROM "Card" c JOIN "Word" w ON w.id = c."wordId" WHERE c."userId" = ${user.id}`,
    db.$queryRaw<{ reviewed: number; newDone: number; reviewsDone: number }[]>`
      SELECT count(*)::int AS reviewed,
             count(*) FILTER (WHERE "stateBefore" = 'NEW')::int AS "newDone",
             count(*) FILTER (WHERE "stateBefore" = 'REVIEW')::int AS "reviewsDone"
      FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" >= ${day.start}`,
    db.$queryRawUnsafe<{ day: string; reviews: number }[]>(
      `SELECT ${STUDY_DAY_OF_REVIEW} AS day, count(*)::int AS reviews
       FROM "ReviewLog" WHERE "userId" = $1 GROUP BY 1 ORDER BY 1`,
      user.id,
      user.timeZone,
      user.dayStartHour,
    ),
    db.article.count(),
  ]);
  const reviewsByDay = new Map(reviewDays.map((row) => [row.day, row.reviews]));
  const history = Array.from({ length: HISTORY_DAYS }, (_, index) => {
    const key = new Date(Date.parse(`${day.key}T00:00:00Z`) - (HISTORY_DAYS - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return { day: key, reviews: reviewsByDay.get(key) ?? 0 };
  });
  return {
    dueNow: cards.dueNow,
    dueLaterToday: cards.dueLaterToday,
    reviewDueToday: Math.max(0, Math.min(cards.reviewDueToday, user.reviewsPerDay - today.reviewsDone)),
    learningToday: cards.learningToday,
    newLeftToday: Math.max(0, Math.min(cards.new + cards.newSentences, user.newCardsPerDay - today.newDone)),
    reviewedToday: today.reviewed,
    streak: currentStreak([...reviewsByDay.keys()], day.key),
    byState: { new: cards.new, learning: cards.learning, review: cards.review, known: cards.known, suspended: cards.suspended, names: cards.names },
    totalWords: cards.total,
    articles,
    nextDueAt: cards.nextDueAt,
    history,
  };
}
