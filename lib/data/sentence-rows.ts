import type { Db } from '@/lib/db/client';
import { intArray, json, textArray } from './import-words';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface SentenceRow {
  position: number;
  paragraph: number;
  text: string;
}

/** Occurrences as columns, each found by its sentence's position; -1 where a word was not written in a longer phrase. */
export interface OccurrenceColumns {
  positions: number[];
  words: number[];
  tokens: number[];
  starts: number[];
  lengths: number[];
  readings: string[];
  phraseStarts: number[];
  phraseLengths: number[];
}

export const noOccurrences = (): OccurrenceColumns => ({
  positions: [],
  words: [],
  tokens: [],
  starts: [],
  lengths: [],
  readings: [],
  phraseStarts: [],
  phraseLengths: [],
});

/** Inserts an article's sentences and their occurrences in one statement. */
export async function insertSentences(tx: Tx, articleId: number, sentences: SentenceRow[], occurrences: OccurrenceColumns): Promise<void> {
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO "Sentence" ("articleId", position, paragraph, text)
      SELECT ${articleId}, s.position, s.paragraph, s.text
      FROM json_to_recordset(${json(sentences)}::json) AS s(position int, paragraph int, text text)
      ORDER BY s.position
      RETURNING id, position)
    INSERT INTO "Occurrence" ("sentenceId", "wordId", "tokenIndex", start, length, reading, "phraseStart", "phraseLength")
    SELECT inserted.id, o.word, o.token, o.start, o.length, o.reading, nullif(o.phrase_start, -1), nullif(o.phrase_length, -1)
    FROM unnest(${intArray(occurrences.positions)}::int[], ${intArray(occurrences.words)}::int[], ${intArray(occurrences.tokens)}::int[],
                ${intArray(occurrences.starts)}::int[], ${intArray(occurrences.lengths)}::int[], ${textArray(occurrences.readings)}::text[],
                ${intArray(occurrences.phraseStarts)}::int[], ${intArray(occurrences.phraseLengths)}::int[])
         AS o(position, word, token, start, length, reading, phrase_start, phrase_length)
    JOIN inserted ON inserted.position = o.position`;
}
