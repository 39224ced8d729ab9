import type { Db } from '@/lib/db/client';
import { wordLevels } from '@/lib/chinese/general-rank';
import { json } from './import-words';

type Tx = Pick<Db, '$queryRaw' | '$executeRaw'>;

/**
 * Gives the words saved before Ciku kept levels their HSK level and general frequency rank (an import fills
 * them for new words). Only words with neither are looked at, and one statement writes them all, so running
 * it again costs one pass over the frequency list for the words in no list at all. Returns how many it filled.
 */
export async function fillWordLevels(db: Tx): Promise<number> {
  const words = await db.$queryRaw<{ hanzi: string }[]>`SELECT hanzi FROM "Word" WHERE "hskLevel" IS NULL AND "generalRank" IS NULL`;
  if (words.length === 0) return 0;
  const rows = [...wordLevels(words.map((word) => word.hanzi))]
    .filter(([, levels]) => levels.hskLevel !== null || levels.generalRank !== null)
    .map(([hanzi, levels]) => ({ hanzi, ...levels }));
  if (rows.length === 0) return 0;
  return db.$executeRaw`
    UPDATE "Word" w SET "hskLevel" = d."hskLevel", "generalRank" = d."generalRank"
    FROM json_to_recordset(${json(rows)}::json) AS d(hanzi text, "hskLevel" int, "generalRank" int)
    WHERE w.hanzi = d.hanzi AND w."hskLevel" IS NULL AND w."generalRank" IS NULL`;
}
