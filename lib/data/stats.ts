import type { Db } from '@/lib/db/client';
import { Prisma, type User } from '@/lib/generated/prisma/client';
import { addDays, studyDay } from '@/lib/scheduling/study-day';
import type { DayStats } from '@/lib/stats/day-stats';
import { binCounts, DIFFICULTY_LABELS, forgettingCurve, RETRIEVABILITY_LABELS, STABILITY_EDGES, STABILITY_LABELS } from '@/lib/stats/distributions';
import { OFFERED_AS_NEW } from './review';
import { studyCalendar, type StudyCalendar } from '@/lib/stats/study-calendar';
import { ensureReviewSlots, SLOT_MS, slotOf, slotsOf } from './review-slots';

/** Statistics for all the learner's words, or for the words of one article. */
export interface StatsScope {
  articleId?: number;
}

export const FORECAST_DAYS = 30;

export interface CardFigures {
  byState: { new: number; learning: number; young: number; mature: number; known: number; suspended: number; names: number };
  /** Cards with a memory to recall: studied, active. */
  studied: number;
  stability: number[];
  difficulty: number[];
  retrievability: number[];
  /** The sum of every studied card's retrievability: how many of them the learner would recall right now. */
  knownNow: number;
}

export interface ForecastDay {
  day: string;
  review: number;
  learning: number;
}

export interface HourFigures {
  hour: number;
  total: number;
  passed: number;
}

export interface StatsData {
  today: string;
  days: DayStats[];
  hours: HourFigures[];
  cards: CardFigures;
  /** Cards due before today began (the backlog), and due today; then each day after. */
  overdue: number;
  forecast: ForecastDay[];
  /** The study day the earliest review card still waiting fell due, if before today. */
  overdueSince: string | null;
}

function scopedWords(scope: StatsScope): Prisma.Sql {
  if (scope.articleId === undefined) return Prisma.sql`TRUE`;
  return Prisma.sql`c."wordId" IN (SELECT o."wordId" FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" WHERE s."articleId" = ${scope.articleId})`;
}

/** The learner's slots: the kept counts for all words, or the article's cards' reviews counted now. */
function slotsFor(user: User, scope: StatsScope): Prisma.Sql {
  if (scope.articleId === undefined) return Prisma.sql`SELECT * FROM "ReviewSlot" WHERE "userId" = ${user.id}`;
  return slotsOf(Prisma.sql`
    SELECT r.* FROM "ReviewLog" r
    WHERE r."userId" = ${user.id} AND r."cardId" IN (SELECT c.id FROM "Card" c WHERE c."userId" = ${user.id} AND ${scopedWords(scope)})`);
}

/** The study day ('YYYY-MM-DD') of a UTC timestamp expression, in the learner's zone and day start. */
function studyDayOf(timestamp: Prisma.Sql, user: User): Prisma.Sql {
  return Prisma.sql`to_char((${timestamp} AT TIME ZONE 'UTC' AT TIME ZONE ${user.timeZone}) - make_interval(hours => ${user.dayStartHour}), 'YYYY-MM-DD')`;
}

type DayRow = {
  bucket: number; learningAgain: number; learningHard: number; learningGood: number; learningEasy: number; youngAgain: number; youngHard: number;
  youngGood: number; youngEasy: number; matureAgain: number; matureHard: number; matureGood: number; matureEasy: number; newCards: number;
  relearning: number; durationMs: number; earliestDue: number | null;
};

/**
 * Slots are put into study days by the days' first slots (`width_bucket` over them), worked out here with the
 * time-zone rules of JavaScript: no date arithmetic per slot in the database.
 */
async function dayRows(db: Db, user: User, scope: StatsScope, calendar: StudyCalendar): Promise<DayStats[]> {
  const rows = await db.$queryRaw<DayRow[]>`
    SELECT width_bucket(s.slot, ${calendar.firstSlots}::int[]) AS bucket,
      sum("learningAgain")::int AS "learningAgain", sum("learningHard")::int AS "learningHard", sum("learningGood")::int AS "learningGood",
      sum("learningEasy")::int AS "learningEasy", sum("youngAgain")::int AS "youngAgain", sum("youngHard")::int AS "youngHard",
      sum("youngGood")::int AS "youngGood", sum("youngEasy")::int AS "youngEasy", sum("matureAgain")::int AS "matureAgain",
      sum("matureHard")::int AS "matureHard", sum("matureGood")::int AS "matureGood", sum("matureEasy")::int AS "matureEasy",
      sum("newCards")::int AS "newCards", sum(relearning)::int AS relearning, sum("durationMs")::float8 AS "durationMs",
      (extract(epoch FROM min("earliestDue")) * 1000)::float8 AS "earliestDue"
    FROM (${slotsFor(user, scope)}) s
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => {
    const day = calendar.dayOfBucket(row.bucket);
    const dueDay = row.earliestDue === null ? null : calendar.dayOfSlot(Math.floor(row.earliestDue / SLOT_MS));
    return {
      day,
      answers: {
        learning: [row.learningAgain, row.learningHard, row.learningGood, row.learningEasy],
        young: [row.youngAgain, row.youngHard, row.youngGood, row.youngEasy],
        mature: [row.matureAgain, row.matureHard, row.matureGood, row.matureEasy],
      },
      newCards: row.newCards,
      relearning: row.relearning,
      durationMs: row.durationMs,
      earliestDueDay: dueDay !== null && dueDay < day ? dueDay : null,
    };
  });
}

/** Answers by the hour of the day they were given (the clock's hour in the learner's zone), since `from`. */
async function hourRows(db: Db, user: User, scope: StatsScope, calendar: StudyCalendar, from: Date): Promise<HourFigures[]> {
  const rows = await db.$queryRaw<HourFigures[]>`
    SELECT ((s.slot + (${calendar.offsetSlots}::int[])[width_bucket(s.slot, ${calendar.firstSlots}::int[]) + 1]) / 4 % 24)::int AS hour,
      sum("learningAgain" + "learningHard" + "learningGood" + "learningEasy" + "youngAgain" + "youngHard" + "youngGood" + "youngEasy"
          + "matureAgain" + "matureHard" + "matureGood" + "matureEasy")::int AS total,
      sum("learningHard" + "learningGood" + "learningEasy" + "youngHard" + "youngGood" + "youngEasy"
          + "matureHard" + "matureGood" + "matureEasy")::int AS passed
    FROM (${slotsFor(user, scope)}) s
    WHERE s.slot >= ${Math.floor(from.getTime() / SLOT_MS)}
    GROUP BY 1`;
  const byHour = new Map(rows.map((row) => [row.hour, row]));
  return Array.from({ length: 24 }, (_, hour) => byHour.get(hour) ?? { hour, total: 0, passed: 0 });
}

async function cardFigures(db: Db, user: User, scope: StatsScope, now: Date): Promise<CardFigures> {
  const { decay, factor } = forgettingCurve(user.fsrsParameters);
  const inScope = scopedWords(scope);
  const [[states], [{ names }], bins] = await Promise.all([
    db.$queryRaw<(Omit<CardFigures['byState'], 'names' | 'new'> & { waiting: number; studied: number })[]>`
      SELECT
        count(*) FILTER (WHERE status = 'ACTIVE' AND state = 'NEW')::int AS waiting,
        count(*) FILTER (WHERE status = 'ACTIVE' AND state IN ('LEARNING', 'RELEARNING'))::int AS learning,
        count(*) FILTER (WHERE status = 'ACTIVE' AND state = 'REVIEW' AND "scheduledDays" < 21)::int AS young,
        count(*) FILTER (WHERE status = 'ACTIVE' AND state = 'REVIEW' AND "scheduledDays" >= 21)::int AS mature,
        count(*) FILTER (WHERE status = 'KNOWN')::int AS known,
        count(*) FILTER (WHERE status = 'SUSPENDED')::int AS suspended,
        count(*) FILTER (WHERE status = 'ACTIVE' AND state <> 'NEW')::int AS studied
      FROM "Card" c
      WHERE c."userId" = ${user.id} AND c.kind = 'WORD' AND ${inScope}`,
    // Names wait among the new cards until asked for: only new cards need their word.
    db.$queryRaw<{ names: number }[]>`
      SELECT count(*)::int AS names FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
      WHERE c."userId" = ${user.id} AND c.kind = 'WORD' AND ${inScope} AND c.status = 'ACTIVE' AND c.state = 'NEW' AND NOT ${OFFERED_AS_NEW}`,
    // One pass over the studied cards: counts by (stability, difficulty, retrievability) bin, summed here.
    db.$queryRaw<{ stability: number; difficulty: number; retrievability: number; count: number; recall: number }[]>`
      SELECT width_bucket(stability, ${[...STABILITY_EDGES]}::float8[]) AS stability, width_bucket(difficulty, 1, 10, 9) AS difficulty,
             width_bucket(r, 0, 1, 10) AS retrievability, count(*)::int AS count, sum(r)::float8 AS recall
      FROM (
        SELECT stability, difficulty,
               power(1 + ${factor}::float8 * greatest(floor(date_part('epoch', ${now}::timestamp - "lastReview") / 86400), 0) / stability, ${decay}::float8) AS r
        FROM "Card" c
        WHERE c."userId" = ${user.id} AND c.kind = 'WORD' AND ${inScope} AND status = 'ACTIVE' AND state <> 'NEW' AND stability > 0 AND "lastReview" IS NOT NULL
      ) memory
      GROUP BY 1, 2, 3`,
  ]);
  const binCountOf = { stability: STABILITY_LABELS.length, difficulty: DIFFICULTY_LABELS.length, retrievability: RETRIEVABILITY_LABELS.length };
  // width_bucket numbers in-range bins from 1 (0 below the range); the stability edges' first bin is below 1 day.
  const histogram = (bin: keyof typeof binCountOf, firstBin: number) =>
    binCounts(
      bins.map((row) => ({ bin: row[bin] - firstBin, count: row.count })),
      binCountOf[bin],
    );
  const { waiting, studied, ...byState } = states;
  return {
    byState: { new: waiting - names, names, ...byState },
    studied,
    stability: histogram('stability', 0),
    difficulty: histogram('difficulty', 1),
    retrievability: histogram('retrievability', 1),
    knownNow: bins.reduce((sum, row) => sum + row.recall, 0),
  };
}

async function forecastRows(db: Db, user: User, scope: StatsScope, today: { key: string; start: Date }) {
  const horizon = studyDay(new Date(today.start.getTime() + (FORECAST_DAYS + 1) * 86_400_000), user.timeZone, user.dayStartHour).start;
  const rows = await db.$queryRaw<{ day: string; review: number; learning: number; earliest: Date }[]>`
    SELECT ${studyDayOf(Prisma.sql`due`, user)} AS day,
           count(*) FILTER (WHERE state = 'REVIEW')::int AS review,
           count(*) FILTER (WHERE state <> 'REVIEW')::int AS learning,
           min(due) FILTER (WHERE state = 'REVIEW') AS earliest
    FROM "Card" c
    WHERE c."userId" = ${user.id} AND ${scopedWords(scope)} AND status = 'ACTIVE' AND state <> 'NEW' AND due < ${horizon}
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const past = rows.filter((row) => row.day < today.key);
  const overdueSince = past.filter((row) => row.review > 0).map((row) => row.day).sort()[0] ?? null;
  return {
    overdue: past.reduce((total, row) => total + row.review + row.learning, 0),
    overdueSince,
    forecast: Array.from({ length: FORECAST_DAYS }, (_, index) => {
      const day = addDays(today.key, index);
      const row = byDay.get(day);
      return { day, review: row?.review ?? 0, learning: row?.learning ?? 0 };
    }),
  };
}

/** Every figure the statistics page shows, in the learner's time zone and day start, from a few aggregate queries. */
export async function getStats(db: Db, user: User, now: Date, scope: StatsScope, hoursSince: Date): Promise<StatsData> {
  await ensureReviewSlots(db, user);
  const today = studyDay(now, user.timeZone, user.dayStartHour);
  const [first] = await db.$queryRaw<{ slot: number | null }[]>`SELECT min(slot) AS slot FROM "ReviewSlot" WHERE "userId" = ${user.id}`;
  const calendar = studyCalendar(new Date(Math.min(now.getTime(), (first.slot ?? slotOf(now)) * SLOT_MS)), now, user.timeZone, user.dayStartHour);
  const [days, hours, cards, forecast] = await Promise.all([
    dayRows(db, user, scope, calendar),
    hourRows(db, user, scope, calendar, hoursSince),
    cardFigures(db, user, scope, now),
    forecastRows(db, user, scope, today),
  ]);
  return { today: today.key, days, hours, cards, ...forecast };
}

/** The articles a learner can narrow the statistics to. */
export function statsArticles(db: Db) {
  return db.article.findMany({ select: { id: true, title: true }, orderBy: { importedAt: 'asc' } });
}
