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
  const vanishing = await tx.$queryRaw<{ oldWord: number; hanzi: string; newWords: number[]; newHanzi: string[]; joined: boolean }[]>`
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
  if (vanishing.length === 0) return { moved: 0, retired: 0, replaced: [] };

  const joined = vanishing.filter((word) => word.joined && word.newWords.length === 1);
  const moves = joined.length
    ? await tx.$queryRaw<{ oldCard: number; newCard: number; newWord: number }[]>`
        SELECT oc.id AS "oldCard", nc.id AS "newCard", p.new_word AS "newWord"
        FROM unnest(${intArray(joined.map((word) => word.oldWord))}::int[], ${intArray(joined.map((word) => word.newWords[0]))}::int[]) AS p(old_word, new_word)
        JOIN "Card" oc ON oc."wordId" = p.old_word
        JOIN "Card" nc ON nc."wordId" = p.new_word AND nc."userId" = oc."userId" AND nc.kind = oc.kind
        WHERE (oc.reps > 0 OR oc.status <> 'ACTIVE' OR oc."queuedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = oc.id))
          AND nc.reps = 0 AND nc.status = 'ACTIVE' AND nc."queuedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."cardId" = nc.id)`
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
    UPDATE "Card" SET status = 'RETIRED', version = version + 1, "updatedAt" = ${at}
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

/** Cards of words an article uses again (a retired word back in a text) return to study. */
export async function restoreRetired(tx: Tx, wordIds: number[], at: Date): Promise<number> {
  if (wordIds.length === 0) return 0;
  await tx.$executeRaw`UPDATE "Word" SET "replacedBy" = NULL WHERE id = ANY(${intArray(wordIds)}::int[]) AND "replacedBy" IS NOT NULL`;
  return tx.$executeRaw`
    UPDATE "Card" SET status = 'ACTIVE', version = version + 1, "updatedAt" = ${at}
    WHERE "wordId" = ANY(${intArray(wordIds)}::int[]) AND status = 'RETIRED'`;
}
