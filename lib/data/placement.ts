import type { Db } from '@/lib/db/client';
import { Prisma, type User } from '@/lib/generated/prisma/client';
import { HSK_LEVELS, isHskLevel, type HskLevel } from '@/lib/chinese/levels';
import { MAX_INT32 } from '@/lib/validation/ids';

type Failure<E extends string> = { ok: false; error: E; message: string };

/**
 * The cards a placement may mark known: the learner's own word cards that are new, in study and were never
 * answered (a card reset to new keeps its reviews, and so its history, and is left alone).
 */
const UNTOUCHED_NEW_WORD_CARD = Prisma.sql`c.kind = 'WORD' AND c.status = 'ACTIVE' AND c.state = 'NEW'
  AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = c.id)`;

export interface PlacementSummary {
  id: number;
  upToLevel: number;
  /** How many cards it marked known. */
  cards: number;
  createdAt: Date;
  undoneAt: Date | null;
}

export interface PlacementOffer {
  /** Whether the learner has answered any card yet: the dashboard offers a placement only before. */
  reviewedAnything: boolean;
  /** For each level N (1–6), how many cards "up to N" would mark known now. */
  markable: Record<HskLevel, number>;
  last: PlacementSummary | null;
}

export type PlaceResult =
  | { ok: true; placement: PlacementSummary; message: string }
  | Failure<'invalid-level' | 'nothing-to-mark'>;

export type UndoPlacementResult =
  | { ok: true; restored: number; leftAlone: number; message: string }
  | Failure<'not-found' | 'already-undone'>;

export function levelRange(upToLevel: number): string {
  return upToLevel === 1 ? 'HSK 1' : `HSK 1–${upToLevel}`;
}

const words = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'word' : 'words'}`;

/** What the placement form needs: whether to offer it, what each choice would mark, and the last placement to undo. */
export async function placementOffer(db: Db, user: User): Promise<PlacementOffer> {
  const [[row], last] = await Promise.all([
    db.$queryRaw<{ reviewedAnything: boolean; byLevel: Record<string, number> | null }[]>`
      SELECT EXISTS (SELECT 1 FROM "ReviewLog" WHERE "userId" = ${user.id}) AS "reviewedAnything",
             (SELECT json_object_agg(level, cards) FROM (
               SELECT w."hskLevel" AS level, count(*)::int AS cards
               FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
               WHERE c."userId" = ${user.id} AND w."hskLevel" BETWEEN 1 AND 6 AND ${UNTOUCHED_NEW_WORD_CARD}
               GROUP BY w."hskLevel") levels) AS "byLevel"`,
    lastPlacement(db, user),
  ]);
  let total = 0;
  const markable = Object.fromEntries(HSK_LEVELS.map((level) => [level, (total += row.byLevel?.[level] ?? 0)])) as Record<HskLevel, number>;
  return { reviewedAnything: row.reviewedAnything, markable, last };
}

export async function lastPlacement(db: Db, user: User): Promise<PlacementSummary | null> {
  const placement = await db.placement.findFirst({ where: { userId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return placement && summary(placement);
}

function summary(placement: { id: number; upToLevel: number; cardIds: number[]; createdAt: Date; undoneAt: Date | null }): PlacementSummary {
  return { id: placement.id, upToLevel: placement.upToLevel, cards: placement.cardIds.length, createdAt: placement.createdAt, undoneAt: placement.undoneAt };
}

/**
 * "I already know HSK levels up to N": marks the learner's untouched new word cards of HSK 1…N known, and records
 * which ones in a Placement, in one statement. Every marked card has its updatedAt set to the placement's time,
 * which is how undo later tells a card left as the placement made it from one changed since.
 */
export async function placeByLevel(db: Db, user: User, upToLevel: unknown, now: Date): Promise<PlaceResult> {
  if (!isHskLevel(upToLevel)) return { ok: false, error: 'invalid-level', message: 'Choose an HSK level from 1 to 6.' };
  const [placement] = await db.$queryRaw<{ id: number; upToLevel: number; cardIds: number[]; createdAt: Date; undoneAt: Date | null }[]>`
    WITH marked AS (
      UPDATE "Card" c SET status = 'KNOWN', version = c.version + 1, "updatedAt" = ${now}
      FROM "Word" w
      WHERE w.id = c."wordId" AND c."userId" = ${user.id} AND w."hskLevel" BETWEEN 1 AND ${upToLevel} AND ${UNTOUCHED_NEW_WORD_CARD}
      RETURNING c.id)
    INSERT INTO "Placement" ("userId", "upToLevel", "cardIds", "createdAt")
    SELECT ${user.id}, ${upToLevel}, array_agg(id ORDER BY id), ${now} FROM marked HAVING count(*) > 0
    RETURNING id, "upToLevel", "cardIds", "createdAt", "undoneAt"`;
  if (!placement) {
    return {
      ok: false,
      error: 'nothing-to-mark',
      message: `Nothing to mark: none of your words of ${levelRange(upToLevel)} is a new card you have not studied yet.`,
    };
  }
  const marked = summary(placement);
  return { ok: true, placement: marked, message: `Marked ${words(marked.cards)} known: ${levelRange(upToLevel)}.` };
}

/**
 * Undoes a placement: the cards it marked known that are still as it left them (known, new, never answered,
 * unchanged since) become new cards in study again; a card reviewed or changed since is left as it is. A
 * placement is undone once.
 */
export async function undoPlacement(db: Db, user: User, placementId: number, now: Date): Promise<UndoPlacementResult> {
  if (!Number.isInteger(placementId) || placementId < 1 || placementId > MAX_INT32) {
    return { ok: false, error: 'not-found', message: 'There is no such placement to undo.' };
  }
  return db.$transaction(async (tx) => {
    const [placement] = await tx.$queryRaw<{ cardIds: number[]; createdAt: Date; undoneAt: Date | null }[]>`
      SELECT "cardIds", "createdAt", "undoneAt" FROM "Placement" WHERE id = ${placementId} AND "userId" = ${user.id} FOR UPDATE`;
    if (!placement) return { ok: false, error: 'not-found', message: 'There is no such placement to undo.' };
    if (placement.undoneAt) return { ok: false, error: 'already-undone', message: 'This placement was already undone.' };
    const restored = await tx.$executeRaw`
      UPDATE "Card" c SET status = 'ACTIVE', version = c.version + 1, "updatedAt" = ${now}
      FROM "Placement" p
      WHERE p.id = ${placementId} AND c.id = ANY (p."cardIds") AND c."userId" = ${user.id} AND c.kind = 'WORD'
        AND c.status = 'KNOWN' AND c.state = 'NEW' AND c."updatedAt" = p."createdAt"
        AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = c.id)`;
    await tx.placement.update({ where: { id: placementId }, data: { undoneAt: now } });
    const leftAlone = placement.cardIds.length - restored;
    const message =
      `Undone: ${words(restored)} ${restored === 1 ? 'is a new card' : 'are new cards'} again.` +
      (leftAlone > 0 ? ` ${words(leftAlone)} you reviewed or changed since ${leftAlone === 1 ? 'was' : 'were'} left as ${leftAlone === 1 ? 'it is' : 'they are'}.` : '');
    return { ok: true, restored, leftAlone, message };
  });
}
