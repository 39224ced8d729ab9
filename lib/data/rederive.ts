import type { Db } from '@/lib/db/client';
import { intArray } from './import-words';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface Transfers {
  /** Cards whose history moved to the word their word became (碳中 → 碳中和). */
  moved: number;
  /** Cards kept with their history but taken out of study: their word is no longer a unit of any article. */
  retired: number;
  /** The words that no article uses any more, each with the words that took its place. */
  replaced: { hanzi: string; by: string[] }[];
}

/**
 * An article cut again by a newer vocabulary pass: its new sentences are in, the old ones (`oldSentenceIds`)
 * are about to go. A word no article will use any more keeps its learner's history: when every one of its
 * occurrences lies inside one new word (a fragment joined: 碳中 → 碳中和) and the learner has not studied that
 * word yet, the card moves to it, history and all; otherwise (a phrase split into words, a heading that is no
 * longer a sentence) the card is retired, its history kept and shown, and the word remembers what replaced it.
 */
export async function transferCards(tx: Tx, articleId: number, oldSentenceIds: number[], at: Date): Promise<Transfers> {
  const old = intArray(oldSentenceIds);
  const vanishing = await tx.$queryRaw<VanishingWord[]>`
    WITH old AS (
      SELECT o."wordId", s.text, o.start, o.length FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
      WHERE s.id = ANY(${old}::int[])),
    vanishing AS (
      SELECT DISTINCT old."wordId" AS id FROM old
      WHERE NOT EXISTS (SELECT 1 FROM "Occurrence" o WHERE o."wordId" = old."wordId" AND NOT (o."sentenceId" = ANY(${old}::int[])))),
    fresh AS (
      SELECT o."wordId", s.text, o.start, o.length FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
      WHERE s."articleId" = ${articleId} AND NOT (s.id = ANY(${old}::int[])))
    SELECT v.id AS "oldWord", w.hanzi,
           coalesce(array_agg(DISTINCT fresh."wordId") FILTER (WHERE fresh."wordId" IS NOT NULL), '{}') AS "newWords",
           coalesce(array_agg(DISTINCT nw.hanzi) FILTER (WHERE nw.hanzi IS NOT NULL), '{}') AS "newHanzi",
           bool_and(fresh."wordId" IS NOT NULL AND fresh.start <= old.start AND fresh.start + fresh.length >= old.start + old.length) AS joined
    FROM vanishing v
    JOIN "Word" w ON w.id = v.id
    JOIN old ON old."wordId" = v.id
    LEFT JOIN fresh ON fresh.text = old.text AND fresh.start < old.start + old.length AND old.start < fresh.start + fresh.length
    LEFT JOIN "Word" nw ON nw.id = fresh."wordId"
    GROUP BY v.id, w.hanzi`;
  return settleVanishingWords(tx, vanishing, at);
}

/** A word no article uses any more, with the words that now stand where it stood. */
export interface VanishingWord {
  oldWord: number;
  hanzi: string;
  newWords: number[];
  newHanzi: string[];
  /** Every one of its occurrences lies inside one new word (a fragment joined: 碳中 → 碳中和). */
  joined: boolean;
}

/**
 * The cards of words no article uses any more (see `transferCards`): moved to the one word a fragment became
 * when the learner studied the fragment and not that word, else retired with their history; each word
 * remembers what replaced it.
 */
export async function settleVanishingWords(tx: Tx, vanishing: VanishingWord[], at: Date): Promise<Transfers> {
  if (vanishing.length === 0) return { moved: 0, retired: 0, replaced: [] };
  const joined = vanishing.filter((word) => word.joined && word.newWords.length === 1);
  const moves = joined.length
    ? await tx.$queryRaw<{ oldCard: number; newCard: number; newWord: number }[]>`
        SELECT DISTINCT ON (nc.id) oc.id AS "oldCard", nc.id AS "newCard", p.new_word AS "newWord"
        FROM unnest(${intArray(joined.map((word) => word.oldWord))}::int[], ${intArray(joined.map((word) => word.newWords[0]))}::int[]) AS p(old_word, new_word)
        JOIN "Card" oc ON oc."wordId" = p.old_word
        JOIN "Card" nc ON nc."wordId" = p.new_word AND nc."userId" = oc."userId" AND nc.kind = oc.kind
        WHERE (oc.reps > 0 OR oc.status <> 'ACTIVE' OR oc."queuedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = oc.id))
          AND nc.reps = 0 AND nc.status = 'ACTIVE' AND nc."queuedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = nc.id)
        -- Two fragments joined into one word: the one studied most keeps its history there, the other is retired.
        ORDER BY nc.id, oc.reps DESC, oc.id`
    : [];
  if (moves.length) {
    // The learner has not studied the new word: its untouched card makes way for the card with the history.
    await tx.$executeRaw`DELETE FROM "Card" WHERE id = ANY(${intArray(moves.map((move) => move.newCard))}::int[])`;
    await tx.$executeRaw`
      UPDATE "Card" c SET "wordId" = m.new_word, version = c.version + 1, "updatedAt" = ${at}
      FROM unnest(${intArray(moves.map((move) => move.oldCard))}::int[], ${intArray(moves.map((move) => move.newWord))}::int[]) AS m(card, new_word)
      WHERE c.id = m.card`;
  }
  const retired = await tx.$executeRaw`
    UPDATE "Card" SET status = 'RETIRED', "retiredFrom" = status, version = version + 1, "updatedAt" = ${at}
    WHERE "wordId" = ANY(${intArray(vanishing.map((word) => word.oldWord))}::int[]) AND status <> 'RETIRED'`;
  const replaced = vanishing.filter((word) => word.newHanzi.length > 0).map((word) => ({ hanzi: word.hanzi, by: word.newHanzi }));
  if (replaced.length) {
    await tx.$executeRaw`
      UPDATE "Word" w SET "replacedBy" = r.by
      FROM json_to_recordset(${JSON.stringify(replaced.map((word) => ({ hanzi: word.hanzi, by: word.by.join(' ') })))}::json) AS r(hanzi text, by text)
      WHERE w.hanzi = r.hanzi`;
  }
  return { moved: moves.length, retired, replaced };
}

/**
 * The inverse of a move: a word back in a text (`returning`) whose card moved to the word it became (its
 * replacedBy, and it has no card of its own), while that word leaves every text (`vanishing`), gets its card
 * back, history and all, instead of that card being retired. Undoing a join this way restores the card.
 */
export async function returnMovedCards(tx: Tx, returning: number[], vanishing: number[], at: Date): Promise<number> {
  if (returning.length === 0 || vanishing.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE "Card" c SET "wordId" = back.id, version = c.version + 1, "updatedAt" = ${at}
    FROM "Word" back JOIN "Word" became ON became.hanzi = back."replacedBy"
    WHERE back.id = ANY(${intArray(returning)}::int[]) AND became.id = ANY(${intArray(vanishing)}::int[]) AND c."wordId" = became.id
      AND NOT EXISTS (SELECT 1 FROM "Card" own WHERE own."wordId" = back.id AND own."userId" = c."userId" AND own.kind = c.kind)`;
}

/**
 * A word back in a text whose card moved to the word it became (碳中 → 碳中和) gets a new card for every learner.
 * Only a replaced word can be without one.
 */
export async function ensureCards(tx: Tx, wordIds: number[], at: Date): Promise<void> {
  if (wordIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Card" ("userId", "wordId", due, "updatedAt")
    SELECT u.id, w.id, ${at}, ${at} FROM "User" u CROSS JOIN "Word" w
    WHERE w.id = ANY(${intArray(wordIds)}::int[]) AND w."replacedBy" IS NOT NULL
    ON CONFLICT ("userId", "wordId", kind) DO NOTHING`;
}

/**
 * Cards of words an article uses again (a retired word back in a text) return to study; a word whose card moved
 * to the word it became (碳中 → 碳中和) gets a new card.
 */
export async function restoreRetired(tx: Tx, wordIds: number[], at: Date): Promise<number> {
  if (wordIds.length === 0) return 0;
  await ensureCards(tx, wordIds, at);
  await tx.$executeRaw`UPDATE "Word" SET "replacedBy" = NULL WHERE id = ANY(${intArray(wordIds)}::int[]) AND "replacedBy" IS NOT NULL`;
  return tx.$executeRaw`
    UPDATE "Card" SET status = coalesce("retiredFrom", 'ACTIVE'), "retiredFrom" = NULL, version = version + 1, "updatedAt" = ${at}
    WHERE "wordId" = ANY(${intArray(wordIds)}::int[]) AND status = 'RETIRED'`;
}
