import type { Db } from '@/lib/db/client';
import type { Meaning } from '@/lib/chinese/senses';
import { cardSnapshot } from '@/lib/scheduling/fsrs';
import type { SimulatedCard, SimulatedReview } from '@/lib/scheduling/simulated-learner';
import type { SyntheticArticle } from '@/lib/vocabulary/synthetic-articles';
import { json } from './import-words';
import { insertSentences, noOccurrences } from './sentence-rows';

// The bulk writes of a generated history (lib/data/generate-history.ts), thousands of rows a statement.

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
type Progress = (stage: string, done: number, total: number) => void;

export interface WordRow {
  id?: number;
  hanzi: string;
  pinyin: string;
  pinyinPlain: string;
  pinyinMarkedKey: string;
  meanings: Meaning[];
  glossary: string;
  inDictionary: boolean;
  isFunctionWord: boolean;
  isName: boolean;
  frequency: number;
  studyRank: number;
}

const WORD_BATCH = 2_000;
const SENTENCE_BATCH = 2_000;
const CARD_BATCH = 5_000;

export async function insertUser(tx: Tx, user: { timeZone: string; dayStartHour: number; createdAt: Date }): Promise<number> {
  return (await tx.user.create({ data: { name: 'Simulated learner', ...user }, select: { id: true } })).id;
}

/** Inserts the words in their order, and notes each one's id on it. */
export async function insertWords(tx: Tx, words: WordRow[]): Promise<WordRow[]> {
  for (let start = 0; start < words.length; start += WORD_BATCH) {
    const batch = words.slice(start, start + WORD_BATCH);
    const rows = batch.map(({ id: _id, ...word }) => word);
    const inserted = await tx.$queryRaw<{ id: number; hanzi: string }[]>`
      INSERT INTO "Word" (hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", "isName", frequency, "studyRank")
      SELECT w.hanzi, w.pinyin, w."pinyinPlain", w."pinyinMarkedKey", w.meanings, w.glossary, w."inDictionary", w."isFunctionWord", w."isName", w.frequency, w."studyRank"
      FROM ROWS FROM (json_to_recordset(${json(rows)}::json) AS (hanzi text, pinyin text, "pinyinPlain" text, "pinyinMarkedKey" text,
             meanings jsonb, glossary text, "inDictionary" boolean, "isFunctionWord" boolean, "isName" boolean, frequency int, "studyRank" int)) WITH ORDINALITY
           AS w(hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", "isName", frequency, "studyRank", n)
      ORDER BY w.n
      RETURNING id, hanzi`;
    const ids = new Map(inserted.map((row) => [row.hanzi, row.id]));
    for (const word of batch) word.id = ids.get(word.hanzi)!;
  }
  return words;
}

/** Inserts the articles, their sentences and their words' occurrences; returns how many sentences. */
export async function insertArticles(tx: Tx, articles: SyntheticArticle[], words: WordRow[], importedAt: Date, onProgress: Progress): Promise<number> {
  const total = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  let saved = 0;
  for (const [index, article] of articles.entries()) {
    const { id: articleId } = await tx.article.create({
      data: {
        slug: `simulated-${index + 1}`,
        title: article.title,
        source: 'Generated for the benchmark (npm run bench:history)',
        contentHash: `simulated-${index + 1}`,
        vocabularyVersion: 0,
        importedAt,
      },
      select: { id: true },
    });
    for (let start = 0; start < article.sentences.length; start += SENTENCE_BATCH) {
      const batch = article.sentences.slice(start, start + SENTENCE_BATCH);
      const sentences = batch.map((sentence, offset) => ({ position: start + offset, paragraph: sentence.paragraph, text: sentence.text }));
      const occurrences = noOccurrences();
      batch.forEach((sentence, offset) => {
        for (const occurrence of sentence.occurrences) {
          const word = words[occurrence.word];
          occurrences.positions.push(start + offset);
          occurrences.words.push(word.id!);
          occurrences.tokens.push(occurrence.tokenIndex);
          occurrences.starts.push(occurrence.start);
          occurrences.lengths.push(occurrence.length);
          occurrences.readings.push(word.pinyin);
          occurrences.phraseStarts.push(-1);
          occurrences.phraseLengths.push(-1);
        }
      });
      await insertSentences(tx, articleId, sentences, occurrences);
      saved += batch.length;
      onProgress('sentences', saved, total);
    }
  }
  return saved;
}

/** A new card of every word for the learner, as importing the words made them; returns card ids by hanzi. */
export async function insertCards(tx: Tx, userId: number, createdAt: Date): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ id: number; hanzi: string }[]>`
    WITH inserted AS (
      INSERT INTO "Card" ("userId", "wordId", due, "createdAt", "updatedAt")
      SELECT ${userId}, w.id, ${createdAt}, ${createdAt}, ${createdAt} FROM "Word" w ORDER BY w.id
      RETURNING id, "wordId")
    SELECT inserted.id, w.hanzi FROM inserted JOIN "Word" w ON w.id = inserted."wordId"`;
  return new Map(rows.map((row) => [row.hanzi, row.id]));
}

/** ReviewLog rows exactly as grading writes them. */
export async function insertReviews(tx: Tx, userId: number, reviews: SimulatedReview[]): Promise<void> {
  const rows = reviews.map((review) => ({
    ...review,
    dueAfter: review.dueAfter.toISOString(),
    reviewedAt: review.reviewedAt.toISOString(),
  }));
  await tx.$executeRaw`
    INSERT INTO "ReviewLog" ("requestId", "userId", "cardId", rating, "stateBefore", "cardBefore", "versionAfter",
                             "elapsedDays", "scheduledDays", "dueAfter", "durationMs", "reviewedAt")
    SELECT r."requestId", ${userId}, r."cardId", r.rating, r."stateBefore"::"CardState", r."cardBefore", r."versionAfter",
           r."elapsedDays", r."scheduledDays", r."dueAfter", r."durationMs", r."reviewedAt"
    FROM json_to_recordset(${json(rows)}::json) AS r("requestId" text, "cardId" int, rating int, "stateBefore" text, "cardBefore" jsonb,
         "versionAfter" int, "elapsedDays" int, "scheduledDays" int, "dueAfter" timestamp(3), "durationMs" int, "reviewedAt" timestamp(3))`;
}

/** The cards as the history leaves them. */
export async function saveFinalCards(tx: Tx, cards: SimulatedCard[], createdAt: Date, onProgress: Progress): Promise<void> {
  const touched = cards.filter((card) => card.version > 0);
  for (let start = 0; start < touched.length; start += CARD_BATCH) {
    const rows = touched.slice(start, start + CARD_BATCH).map((card) => ({
      id: card.cardId,
      ...cardSnapshot(card.card),
      status: card.status,
      version: card.version,
      queuedAt: card.queuedAt?.toISOString() ?? null,
      updatedAt: (card.updatedAt ?? createdAt).toISOString(),
    }));
    await tx.$executeRaw`
      UPDATE "Card" c SET status = d.status::"CardStatus", state = d.state::"CardState", due = d.due, stability = d.stability,
             difficulty = d.difficulty, "elapsedDays" = d."elapsedDays", "scheduledDays" = d."scheduledDays", "learningSteps" = d."learningSteps",
             reps = d.reps, lapses = d.lapses, "lastReview" = d."lastReview", version = d.version, "queuedAt" = d."queuedAt", "updatedAt" = d."updatedAt"
      FROM json_to_recordset(${json(rows)}::json) AS d(id int, status text, state text, due timestamp(3), stability float8, difficulty float8,
           "elapsedDays" int, "scheduledDays" int, "learningSteps" int, reps int, lapses int, "lastReview" timestamp(3), version int,
           "queuedAt" timestamp(3), "updatedAt" timestamp(3))
      WHERE c.id = d.id`;
    onProgress('cards', Math.min(start + CARD_BATCH, touched.length), touched.length);
  }
}
