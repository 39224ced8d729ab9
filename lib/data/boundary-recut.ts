import { refreshArticleWords } from './article-words';
import type { Db } from '@/lib/db/client';
import { readSentenceTokens, type ReadingToken } from '@/lib/chinese/sentence-readings';
import type { VocabularyTools } from '@/lib/vocabulary/article';
import { applyBoundaryRules, compileBoundaryRules, type BoundaryRules } from '@/lib/vocabulary/boundaries';
import { kindOf, type SentenceUnit } from '@/lib/vocabulary/units';
import { describeWords, insertWords, intArray, json, textArray, USES_SAMPLED, type UsedWord } from './import-words';
import type { VanishingWord } from './rederive';
import { recountWords } from './word-frequencies';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** The learners' fixed boundaries, as the vocabulary pass takes them: an import loads them once. */
export async function loadBoundaryRules(db: Tx): Promise<BoundaryRules> {
  const rows = await db.boundaryRule.findMany({ select: { kind: true, hanzi: true, parts: true }, orderBy: { id: 'asc' } });
  return compileBoundaryRules(rows);
}

interface StoredOccurrence {
  sentenceId: number;
  wordId: number;
  start: number;
  length: number;
  reading: string;
  phraseStart: number | null;
  phraseLength: number | null;
  hanzi: string;
  isName: boolean;
}

interface NewOccurrence {
  sentenceId: number;
  hanzi: string;
  start: number;
  length: number;
  reading: string;
  phrase: { start: number; length: number } | undefined;
}

export interface Recut {
  /** Sentences whose words changed, and the articles they are in. */
  sentences: number;
  articles: number;
  /** Words that got a Word row (and a card for every learner). */
  newWords: string[];
  /** Every word the changed sentences use now. */
  usedWordIds: number[];
  /** Words no sentence uses any more, with what stands where they stood. */
  vanishing: VanishingWord[];
}

const sameUnit = (a: { start: number; length: number; hanzi: string }, b: { start: number; length: number; hanzi: string }) =>
  a.start === b.start && a.length === b.length && a.hanzi === b.hanzi;

/**
 * Cuts again every sentence, in every article, where `hanzi` is written, following all the stored rules: the
 * words the pass found there are the units the rules apply to. Occurrences follow (each new one read in its
 * sentence; the others keep their reading), a new word gets its Word row described as an import describes it,
 * with a card for every learner. Cards are left to the caller (`settleVanishingWords`, `restoreRetired`).
 */
export async function recutSentences(tx: Tx, hanzi: string, tools: VocabularyTools, at: Date): Promise<Recut> {
  const rules = await loadBoundaryRules(tx);
  const sentences = await tx.$queryRaw<{ id: number; articleId: number; text: string }[]>`
    SELECT id, "articleId", text FROM "Sentence" WHERE strpos(text, ${hanzi}) > 0 ORDER BY id FOR UPDATE`;
  const stored = await tx.$queryRaw<StoredOccurrence[]>`
    SELECT o."sentenceId", o."wordId", o.start, o.length, o.reading, o."phraseStart", o."phraseLength", w.hanzi, w."isName"
    FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId"
    WHERE o."sentenceId" = ANY(${intArray(sentences.map((sentence) => sentence.id))}::int[])
    ORDER BY o."sentenceId", o."tokenIndex"`;
  const storedIn = new Map<number, StoredOccurrence[]>();
  for (const occurrence of stored) {
    const list = storedIn.get(occurrence.sentenceId);
    if (list) list.push(occurrence);
    else storedIn.set(occurrence.sentenceId, [occurrence]);
  }

  const changed: { sentence: (typeof sentences)[number]; old: StoredOccurrence[]; fresh: NewOccurrence[] }[] = [];
  const used = new Map<string, UsedWord>();
  for (const sentence of sentences) {
    const old = storedIn.get(sentence.id) ?? [];
    const units: SentenceUnit[] = old.map((occurrence) => ({
      text: occurrence.hanzi,
      start: occurrence.start,
      length: occurrence.length,
      kind: occurrence.isName ? 'name' : 'word',
      ...(occurrence.phraseStart !== null && { phrase: { start: occurrence.phraseStart, length: occurrence.phraseLength! } }),
    }));
    const cut = applyBoundaryRules(units, rules, (text, afterNumber) => kindOf(text, afterNumber, tools.lexicon)).filter((unit) => unit.kind !== 'number');
    if (cut.length === old.length && cut.every((unit, index) => sameUnit({ ...unit, hanzi: unit.text }, old[index]))) continue;

    // The sentence as the reader sees it: the words, and what stands between them (punctuation, numbers).
    const sequence: (ReadingToken & { unit?: number })[] = [];
    let end = 0;
    cut.forEach((unit, index) => {
      if (unit.start > end) sequence.push({ text: sentence.text.slice(end, unit.start), isWord: false });
      sequence.push({ text: unit.text, isWord: true, unit: index });
      end = unit.start + unit.length;
    });
    if (end < sentence.text.length) sequence.push({ text: sentence.text.slice(end), isWord: false });
    const readings = readSentenceTokens(sequence, tools.cedict);

    const fresh: NewOccurrence[] = [];
    sequence.forEach((item, position) => {
      if (item.unit === undefined) return;
      const unit = cut[item.unit];
      const kept = old.find((occurrence) => sameUnit(occurrence, { ...unit, hanzi: unit.text }));
      const reading = kept?.reading ?? readings[position]?.pinyin ?? '';
      fresh.push({ sentenceId: sentence.id, hanzi: unit.text, start: unit.start, length: unit.length, reading, phrase: unit.phrase });
      if (kept) return;
      let word = used.get(unit.text);
      if (!word) used.set(unit.text, (word = { isName: unit.kind === 'name', frequency: 0, readings: new Map(), uses: [] }));
      word.frequency += 1;
      word.readings.set(reading, (word.readings.get(reading) ?? 0) + 1);
      if (unit.text.length === 1 && word.uses.length < USES_SAMPLED) word.uses.push({ previous: sequence[position - 1]?.text, next: sequence[position + 1]?.text });
    });
    changed.push({ sentence, old, fresh });
  }
  if (changed.length === 0) return { sentences: 0, articles: 0, newWords: [], usedWordIds: [], vanishing: [] };

  // Words of the new cut: those that exist, and the others described and inserted with their cards.
  const hanziList = [...new Set(changed.flatMap((sentence) => sentence.fresh.map((occurrence) => occurrence.hanzi)))];
  const wordIds = new Map<string, number>();
  const existing = await tx.$queryRaw<{ id: number; hanzi: string }[]>`
    SELECT id, hanzi FROM "Word" WHERE hanzi = ANY(${textArray(hanziList)}::text[]) FOR KEY SHARE`;
  for (const row of existing) wordIds.set(row.hanzi, row.id);
  const missing = hanziList.filter((text) => !wordIds.has(text));
  const inserted = await insertWords(tx, used, describeWords(used, missing, tools.cedict), at);
  for (const [text, id] of inserted.ids) wordIds.set(text, id);
  if (wordIds.size < hanziList.length) throw new Error('A word was added at the same time: try again.');

  const changedIds = changed.map((item) => item.sentence.id);
  await tx.$executeRaw`DELETE FROM "Occurrence" WHERE "sentenceId" = ANY(${intArray(changedIds)}::int[])`;
  const rows = changed.flatMap((item) =>
    item.fresh.map((occurrence, tokenIndex) => ({
      sentence: occurrence.sentenceId,
      word: wordIds.get(occurrence.hanzi)!,
      token: tokenIndex,
      start: occurrence.start,
      length: occurrence.length,
      reading: occurrence.reading,
      phrase_start: occurrence.phrase?.start ?? null,
      phrase_length: occurrence.phrase?.length ?? null,
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "Occurrence" ("sentenceId", "wordId", "tokenIndex", start, length, reading, "phraseStart", "phraseLength")
    SELECT o.sentence, o.word, o.token, o.start, o.length, o.reading, o.phrase_start, o.phrase_length
    FROM json_to_recordset(${json(rows)}::json) AS o(sentence int, word int, token int, start int, length int, reading text, phrase_start int, phrase_length int)`;

  // Words of the old cut that nothing uses now: what stands where each stood, and whether one word covers it.
  const oldIds = [...new Set(changed.flatMap((item) => item.old.map((occurrence) => occurrence.wordId)))];
  const stillUsed = new Set(
    (await tx.$queryRaw<{ wordId: number }[]>`SELECT DISTINCT "wordId" FROM "Occurrence" WHERE "wordId" = ANY(${intArray(oldIds)}::int[])`).map((row) => row.wordId),
  );
  const vanishing = new Map<number, VanishingWord>();
  for (const { old, fresh } of changed) {
    for (const occurrence of old) {
      if (stillUsed.has(occurrence.wordId)) continue;
      let word = vanishing.get(occurrence.wordId);
      if (!word) vanishing.set(occurrence.wordId, (word = { oldWord: occurrence.wordId, hanzi: occurrence.hanzi, newWords: [], newHanzi: [], joined: true }));
      const end = occurrence.start + occurrence.length;
      const over = fresh.filter((unit) => unit.start < end && occurrence.start < unit.start + unit.length);
      for (const unit of over) {
        const id = wordIds.get(unit.hanzi)!;
        if (!word.newWords.includes(id)) {
          word.newWords.push(id);
          word.newHanzi.push(unit.hanzi);
        }
      }
      if (!(over.length === 1 && over[0].start <= occurrence.start && over[0].start + over[0].length >= end)) word.joined = false;
    }
  }

  await recountWords(tx, [...oldIds, ...wordIds.values()]);
  await refreshArticleWords(tx, changed.map((item) => item.sentence.articleId));
  return {
    sentences: changed.length,
    articles: new Set(changed.map((item) => item.sentence.articleId)).size,
    newWords: [...inserted.ids.keys()],
    usedWordIds: [...wordIds.values()],
    vanishing: [...vanishing.values()],
  };
}
