import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** A slot is a quarter hour: every time zone's day starts on the edge of one. */
export const SLOT_MS = 15 * 60 * 1000;

export const slotOf = (instant: Date) => Math.floor(instant.getTime() / SLOT_MS);

const KIND = Prisma.sql`CASE WHEN r."stateBefore" <> 'REVIEW' THEN 'learning'
  WHEN (r."cardBefore"->>'scheduledDays')::int >= 21 THEN 'mature' ELSE 'young' END`;

const KINDS = ['learning', 'young', 'mature'] as const;
const BUTTONS = ['Again', 'Hard', 'Good', 'Easy'] as const;
const ANSWER_COLUMNS = KINDS.flatMap((kind) => BUTTONS.map((button, index) => ({ column: `${kind}${button}`, kind, rating: index + 1 })));

/** The counted columns, and how each is counted from review-log rows `r` (with `kind` worked out). */
const COUNTS: { column: string; aggregate: Prisma.Sql }[] = [
  ...ANSWER_COLUMNS.map(({ column, kind, rating }) => ({
    column,
    aggregate: Prisma.sql`count(*) FILTER (WHERE r.kind = ${kind} AND r.rating = ${rating})::int`,
  })),
  { column: 'newCards', aggregate: Prisma.sql`count(*) FILTER (WHERE r."stateBefore" = 'NEW')::int` },
  { column: 'relearning', aggregate: Prisma.sql`count(*) FILTER (WHERE r."stateBefore" = 'RELEARNING')::int` },
  { column: 'durationMs', aggregate: Prisma.sql`coalesce(sum(r."durationMs"), 0)::bigint` },
  {
    column: 'earliestDue',
    aggregate: Prisma.sql`min((r."cardBefore"->>'due')::timestamptz AT TIME ZONE 'UTC') FILTER (WHERE r."stateBefore" = 'REVIEW')`,
  },
];

const quoted = (column: string) => Prisma.raw(`"${column}"`);
const COLUMN_LIST = Prisma.join(COUNTS.map(({ column }) => quoted(column)));
const AGGREGATES = Prisma.join(COUNTS.map(({ column, aggregate }) => Prisma.sql`${aggregate} AS ${quoted(column)}`));
const SLOT = Prisma.sql`floor(extract(epoch FROM r."reviewedAt") * 1000 / ${SLOT_MS})::int`;

/** Review-log rows as slots: `reviews` is a query whose rows have the review log's columns. */
export function slotsOf(reviews: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${SLOT} AS slot, ${AGGREGATES}
    FROM (SELECT r.*, ${KIND} AS kind FROM (${reviews}) r) r
    GROUP BY 1`;
}

const ADD_TO_EXISTING = Prisma.join(
  COUNTS.map(({ column }) =>
    column === 'earliestDue'
      ? Prisma.sql`"earliestDue" = LEAST("ReviewSlot"."earliestDue", EXCLUDED."earliestDue")`
      : Prisma.sql`${quoted(column)} = "ReviewSlot".${quoted(column)} + EXCLUDED.${quoted(column)}`,
  ),
);

/**
 * A statement that counts the rows of `logged` (a CTE of review-log rows just inserted) into their slots:
 * grades add themselves as they are written.
 */
export function countIntoSlots(userId: number, logged: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ReviewSlot" ("userId", slot, ${COLUMN_LIST})
    SELECT ${userId}, s.* FROM (${slotsOf(logged)}) s
    ON CONFLICT ("userId", slot) DO UPDATE SET ${ADD_TO_EXISTING}`;
}

/** Counts one slot again from the log, after a review in it was undone. */
export async function recountSlot(tx: Tx, userId: number, reviewedAt: Date): Promise<void> {
  const slot = slotOf(reviewedAt);
  const from = new Date(slot * SLOT_MS);
  const to = new Date((slot + 1) * SLOT_MS);
  await tx.$executeRaw`DELETE FROM "ReviewSlot" WHERE "userId" = ${userId} AND slot = ${slot}`;
  await tx.$executeRaw`
    INSERT INTO "ReviewSlot" ("userId", slot, ${COLUMN_LIST})
    SELECT ${userId}, s.* FROM (${slotsOf(Prisma.sql`SELECT * FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${from} AND "reviewedAt" < ${to}`)}) s`;
}

/**
 * Counts the learner's whole review log into slots from scratch, when it never was (reviews written before
 * slots existed, or in bulk by a restore or a generator). Grades wait meanwhile, so none is lost or counted twice.
 */
export async function ensureReviewSlots(db: Db, user: { id: number }): Promise<void> {
  const counted = await db.user.findUnique({ where: { id: user.id }, select: { reviewSlotsCountedAt: true } });
  if (counted?.reviewSlotsCountedAt) return;
  await db.$transaction(
    async (tx) => {
      // Grades and undos write slots with ROW EXCLUSIVE locks: this one keeps them out until it commits.
      await tx.$executeRaw`LOCK TABLE "ReviewSlot" IN SHARE ROW EXCLUSIVE MODE`;
      const again = await tx.user.findUnique({ where: { id: user.id }, select: { reviewSlotsCountedAt: true } });
      if (again?.reviewSlotsCountedAt) return;
      await tx.$executeRaw`DELETE FROM "ReviewSlot" WHERE "userId" = ${user.id}`;
      await tx.$executeRaw`
        INSERT INTO "ReviewSlot" ("userId", slot, ${COLUMN_LIST})
        SELECT ${user.id}, s.* FROM (${slotsOf(Prisma.sql`SELECT * FROM "ReviewLog" WHERE "userId" = ${user.id}`)}) s`;
      await tx.user.update({ where: { id: user.id }, data: { reviewSlotsCountedAt: new Date() } });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
