import type { Db } from '@/lib/db/client';
import { intArray } from './import-words';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * The frequencies of these words counted again from their occurrences, and the study order of all words (function
 * words last, then the most frequent first): each word is written only when its frequency or rank changed. Every
 * change to the sentences (an import, a deleted article, a fixed boundary) ends with it.
 */
export async function recountWords(tx: Tx, wordIds: Iterable<number>): Promise<void> {
  await tx.$executeRaw`
    WITH counted AS (
      SELECT changed.id, count(o."wordId")::int AS n
      FROM unnest(${intArray(new Set(wordIds))}::int[]) AS changed(id) LEFT JOIN "Occurrence" o ON o."wordId" = changed.id
      GROUP BY changed.id),
    ranked AS (
      SELECT id, frequency, (row_number() OVER (ORDER BY "isFunctionWord", frequency DESC, id))::int AS rank
      FROM (SELECT w.id, w."isFunctionWord", coalesce(counted.n, w.frequency) AS frequency FROM "Word" w LEFT JOIN counted ON counted.id = w.id) words)
    UPDATE "Word" w SET frequency = ranked.frequency, "studyRank" = ranked.rank
    FROM ranked
    WHERE ranked.id = w.id AND (w.frequency, w."studyRank") IS DISTINCT FROM (ranked.frequency, ranked.rank)`;
}
