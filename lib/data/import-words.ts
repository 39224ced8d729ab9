import type { Db } from '@/lib/db/client';
import type { Cedict } from '@/lib/chinese/cedict';
import { describeWordInUse, type WordDescription } from '@/lib/chinese/describe-word';
import { isFunctionWord } from '@/lib/chinese/function-words';
import { wordLevels } from '@/lib/chinese/general-rank';
import type { WordLevels } from '@/lib/chinese/levels';
import { meaningsForUses, type WordUse } from '@/lib/chinese/sense-for-use';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** A word or name as an article uses it: how often, and with which readings. */
export interface UsedWord {
  isName: boolean;
  frequency: number;
  /** Reading → how many of its occurrences have it. */
  readings: Map<string, number>;
  /** The neighbours of its first occurrences (a sample): when most show one sense, that sense leads. */
  uses: WordUse[];
}

/** Enough uses of a word to tell which sense most of them show. */
export const USES_SAMPLED = 40;

export const WORD_BATCH = 1000;

export const json = (value: unknown) => JSON.stringify(value);
export const intArray = (values: Iterable<number>) => `{${[...values].join(',')}}`;
export const textArray = (values: Iterable<string>) => `{${[...values].map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export function readingsInUse(used: UsedWord): string[] {
  return [...used.readings].sort((a, b) => b[1] - a[1]).map(([reading]) => reading);
}

export type DescribedWord = ReturnType<typeof describe> & WordLevels;

/**
 * The rows of words to save, described from their uses, with their HSK level and general rank: pure, done before
 * the import's transaction. A caller describing a long list in batches passes the levels of the whole list: each
 * `wordLevels` call reads jieba's 5 MB dictionary once.
 */
export function describeWords(words: Map<string, UsedWord>, hanziList: string[], cedict: Cedict, levels = wordLevels(hanziList)): DescribedWord[] {
  return hanziList.map((hanzi) => ({ ...describe(hanzi, words.get(hanzi)!, cedict), ...levels.get(hanzi)! }));
}

function describe(hanzi: string, used: UsedWord, cedict: Cedict) {
  const described: WordDescription = describeWordInUse(hanzi, readingsInUse(used), cedict);
  return describedWordRow(hanzi, { ...described, meanings: meaningsForUses(hanzi, described.meanings, used.uses) }, used.isName);
}

/** The columns of a Word row that its description gives. */
export function describedWordRow(hanzi: string, description: WordDescription, isName: boolean) {
  return {
    hanzi,
    pinyin: description.pinyin,
    pinyinPlain: description.pinyinPlain,
    pinyinMarkedKey: description.pinyinMarkedKey,
    meanings: description.meanings,
    glossary: description.meanings.flatMap((meaning) => meaning.definitions).join('; '),
    inDictionary: description.inDictionary,
    isFunctionWord: isFunctionWord(hanzi),
    isName,
  };
}

interface RankedWord {
  isFunctionWord: boolean;
  frequency: number;
}

/**
 * Where new words stand in the study order (most frequent first, function words last, ties in the order words
 * came in), so that they are written once, with their rank. Existing words count with their current
 * frequencies; the update at the end of the import corrects any rank this import changed.
 */
function studyRanksOfNewWords(existing: (RankedWord & { id: number })[], added: RankedWord[]): number[] {
  const order = [
    ...existing.map((word) => ({ ...word, arrival: word.id, added: -1 })),
    // New words get ids above every existing one, in the order they are inserted.
    ...added.map((word, index) => ({ ...word, arrival: Number.MAX_SAFE_INTEGER - added.length + index, added: index })),
  ].sort((a, b) => Number(a.isFunctionWord) - Number(b.isFunctionWord) || b.frequency - a.frequency || a.arrival - b.arrival);
  const ranks = new Array<number>(added.length);
  order.forEach((word, index) => {
    if (word.added >= 0) ranks[word.added] = index + 1;
  });
  return ranks;
}

/**
 * Inserts the article's new words, described from their uses, each with a card for every learner, 1,000 per
 * statement and in the order they first appear. Returns their ids, and how many the dictionary lacks.
 */
export async function insertWords(tx: Tx, words: Map<string, UsedWord>, described: DescribedWord[], at: Date) {
  const ids = new Map<string, number>();
  const withoutDictionary = described.filter((word) => !word.inDictionary).length;
  if (described.length === 0) return { ids, withoutDictionary };
  const existing = await tx.$queryRaw<(RankedWord & { id: number })[]>`SELECT id, "isFunctionWord", frequency FROM "Word"`;
  const ranks = studyRanksOfNewWords(
    existing,
    described.map((word) => ({ isFunctionWord: word.isFunctionWord, frequency: words.get(word.hanzi)!.frequency })),
  );
  for (let start = 0; start < described.length; start += WORD_BATCH) {
    const rows = described.slice(start, start + WORD_BATCH).map((row, index) => ({ ...row, frequency: words.get(row.hanzi)!.frequency, studyRank: ranks[start + index] }));
    const inserted = await tx.$queryRaw<{ id: number; hanzi: string }[]>`
      WITH inserted AS (
        INSERT INTO "Word" (hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", "isName", frequency, "studyRank",
                            "hskLevel", "generalRank")
        SELECT w.hanzi, w.pinyin, w."pinyinPlain", w."pinyinMarkedKey", w.meanings, w.glossary, w."inDictionary", w."isFunctionWord", w."isName", w.frequency, w."studyRank",
               w."hskLevel", w."generalRank"
        FROM ROWS FROM (json_to_recordset(${json(rows)}::json) AS (hanzi text, pinyin text, "pinyinPlain" text, "pinyinMarkedKey" text,
               meanings jsonb, glossary text, "inDictionary" boolean, "isFunctionWord" boolean, "isName" boolean, frequency int, "studyRank" int,
               "hskLevel" int, "generalRank" int)) WITH ORDINALITY
             AS w(hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", "isName", frequency, "studyRank",
                  "hskLevel", "generalRank", n)
        ORDER BY w.n
        ON CONFLICT (hanzi) DO NOTHING
        RETURNING id, hanzi),
      cards AS (
        INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
        SELECT u.id, inserted.id, ${at}, ${at} FROM (SELECT id FROM "User" FOR KEY SHARE) u CROSS JOIN inserted
        ON CONFLICT ("userId", "wordId", kind) DO NOTHING)
      SELECT id, hanzi FROM inserted`;
    for (const word of inserted) ids.set(word.hanzi, word.id);
  }
  return { ids, withoutDictionary };
}

/**
 * Describes words that already exist again, from this article's uses: when the vocabulary pass changed, their
 * readings, meanings and whether they are names follow it. Cards and reviews are not touched.
 */
export async function redescribeWords(tx: Tx, described: DescribedWord[]): Promise<void> {
  for (let start = 0; start < described.length; start += WORD_BATCH) {
    const rows = described.slice(start, start + WORD_BATCH);
    await tx.$executeRaw`
      UPDATE "Word" w SET pinyin = d.pinyin, "pinyinPlain" = d."pinyinPlain", "pinyinMarkedKey" = d."pinyinMarkedKey", meanings = d.meanings,
             glossary = d.glossary, "inDictionary" = d."inDictionary", "isName" = d."isName", "replacedBy" = NULL,
             "hskLevel" = d."hskLevel", "generalRank" = d."generalRank"
      FROM json_to_recordset(${json(rows)}::json) AS d(hanzi text, pinyin text, "pinyinPlain" text, "pinyinMarkedKey" text, meanings jsonb,
           glossary text, "inDictionary" boolean, "isFunctionWord" boolean, "isName" boolean, "hskLevel" int, "generalRank" int)
      WHERE w.hanzi = d.hanzi`;
  }
}
