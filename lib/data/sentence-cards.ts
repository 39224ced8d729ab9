import type { Db } from '@/lib/db/client';
import { Prisma, type User } from '@/lib/generated/prisma/client';
import { goodCardSentences, nextCardSentence, type CandidateSentence } from '@/lib/sentence-cards/choose-sentence';
import { wordCardLetsSentenceIn } from '@/lib/sentence-cards/siblings';
import { intArray } from './import-words';
import { updateSettings } from './users';

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Words whose candidate sentences are read in one statement. */
const WORD_BATCH = 500;

type Candidate = CandidateSentence & { wordId: number; hanzi: string };

/** Every sentence of these words, with what choosing among them needs (the heading test looks at the neighbours). */
async function candidatesOf(db: Tx, wordIds: number[]): Promise<Map<number, Candidate[]>> {
  const rows = await db.$queryRaw<Candidate[]>`
    SELECT DISTINCT o."wordId", w.hanzi, s.id, s.text, a.title AS "articleTitle",
           NOT EXISTS (SELECT 1 FROM "Sentence" p WHERE p."articleId" = s."articleId" AND p.paragraph = s.paragraph
                         AND p.position IN (s.position - 1, s.position + 1)) AS "aloneInParagraph"
    FROM "Occurrence" o
    JOIN "Word" w ON w.id = o."wordId"
    JOIN "Sentence" s ON s.id = o."sentenceId"
    JOIN "Article" a ON a.id = s."articleId"
    WHERE o."wordId" = ANY(${intArray(wordIds)}::int[])`;
  const byWord = new Map<number, Candidate[]>();
  for (const row of rows) {
    const list = byWord.get(row.wordId) ?? [];
    list.push(row);
    byWord.set(row.wordId, list);
  }
  return byWord;
}

/** The best sentence of each word that has a good one. */
async function bestSentences(db: Tx, wordIds: number[]): Promise<Map<number, number>> {
  const best = new Map<number, number>();
  for (let start = 0; start < wordIds.length; start += WORD_BATCH) {
    for (const [wordId, candidates] of await candidatesOf(db, wordIds.slice(start, start + WORD_BATCH))) {
      const [first] = goodCardSentences(candidates[0].hanzi, candidates);
      if (first) best.set(wordId, first.id);
    }
  }
  return best;
}

/**
 * Words that may have a sentence card: the learner's words that are not waiting names (a name the learner has
 * not asked for), not ignored and not retired.
 */
const ELIGIBLE_WORD_CARD = Prisma.sql`
  wc.kind = 'WORD' AND wc.status NOT IN ('IGNORED', 'RETIRED') AND (NOT w."isName" OR wc."queuedAt" IS NOT NULL)`;

/**
 * Gives these words (or every word) of the learner a sentence card, new, on the word's best sentence; words
 * without a good sentence get none. Cards that exist are left as they are. Returns how many were created.
 */
export async function createSentenceCards(db: Tx, userId: number, wordIds: number[] | 'all', now: Date): Promise<number> {
  const scope = wordIds === 'all' ? Prisma.sql`TRUE` : Prisma.sql`wc."wordId" = ANY(${intArray(wordIds)}::int[])`;
  const missing = await db.$queryRaw<{ wordId: number }[]>`
    SELECT wc."wordId" FROM "Card" wc JOIN "Word" w ON w.id = wc."wordId"
    WHERE wc."userId" = ${userId} AND ${ELIGIBLE_WORD_CARD} AND ${scope}
      AND NOT EXISTS (SELECT 1 FROM "Card" sc WHERE sc."userId" = wc."userId" AND sc."wordId" = wc."wordId" AND sc.kind = 'SENTENCE')`;
  if (missing.length === 0) return 0;
  const best = await bestSentences(
    db,
    missing.map((row) => row.wordId),
  );
  if (best.size === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "Card" ("userId", "wordId", kind, "sentenceId", due, "updatedAt")
    SELECT ${userId}, b.word, 'SENTENCE', b.sentence, ${now}, ${now}
    FROM unnest(${intArray(best.keys())}::int[], ${intArray(best.values())}::int[]) AS b(word, sentence)
    ON CONFLICT ("userId", "wordId", kind) DO NOTHING`;
}

/** Sentence cards whose sentence went (an article edited or deleted) get the word's best sentence again. */
async function repairSentences(db: Tx, userId: number): Promise<void> {
  const orphans = await db.$queryRaw<{ id: number; wordId: number }[]>`
    SELECT id, "wordId" FROM "Card" WHERE "userId" = ${userId} AND kind = 'SENTENCE' AND "sentenceId" IS NULL`;
  if (orphans.length === 0) return;
  const best = await bestSentences(
    db,
    orphans.map((card) => card.wordId),
  );
  const repaired = orphans.filter((card) => best.has(card.wordId));
  if (repaired.length === 0) return;
  await db.$executeRaw`
    UPDATE "Card" c SET "sentenceId" = r.sentence
    FROM unnest(${intArray(repaired.map((card) => card.id))}::int[], ${intArray(repaired.map((card) => best.get(card.wordId)!))}::int[]) AS r(card, sentence)
    WHERE c.id = r.card`;
}

export type SentenceCardSwitch = { ok: true; created: number; resumed: number; suspended: number } | { ok: false; error: 'not-found' | 'no-sentence'; message: string };

/**
 * Sentence cards on or off for every word: off suspends the active ones; on resumes the ones off suspended and
 * creates the missing ones. A card the learner suspended by itself (its word's switch, the review screen) stays
 * suspended. Cards and their reviews are never deleted, so switching back on carries on where it was.
 */
export async function setSentenceCardsForAll(db: Db, user: User, on: boolean, now: Date): Promise<SentenceCardSwitch & { ok: true }> {
  const result = await db.$transaction(async (tx): Promise<SentenceCardSwitch & { ok: true }> => {
    if (!on) {
      const suspended = await tx.$executeRaw`
        UPDATE "Card" SET status = 'SUSPENDED', "suspendedWithAll" = true, version = version + 1, "updatedAt" = ${now}
        WHERE "userId" = ${user.id} AND kind = 'SENTENCE' AND status = 'ACTIVE'`;
      return { ok: true, created: 0, resumed: 0, suspended };
    }
    const resumed = await tx.$executeRaw`
      UPDATE "Card" SET status = 'ACTIVE', "suspendedWithAll" = false, version = version + 1, "updatedAt" = ${now}
      WHERE "userId" = ${user.id} AND kind = 'SENTENCE' AND status = 'SUSPENDED' AND "suspendedWithAll"`;
    await repairSentences(tx, user.id);
    const created = await createSentenceCards(tx, user.id, 'all', now);
    return { ok: true, created, resumed, suspended: 0 };
  }, { timeout: 120_000 });
  await updateSettings(db, user.id, { sentenceCards: on });
  return result;
}

/** A sentence card on or off for one word: the switch on its word page. */
export async function setSentenceCardForWord(db: Db, user: User, wordId: number, on: boolean, now: Date): Promise<SentenceCardSwitch> {
  return db.$transaction(async (tx) => {
    const cards = await tx.card.findMany({ where: { userId: user.id, wordId }, select: { id: true, kind: true, status: true, sentenceId: true } });
    const wordCard = cards.find((card) => card.kind === 'WORD');
    if (!wordCard) return { ok: false, error: 'not-found', message: 'That word does not exist.' };
    const sentenceCard = cards.find((card) => card.kind === 'SENTENCE');
    if (!on) {
      if (sentenceCard?.status !== 'ACTIVE') return { ok: true, created: 0, resumed: 0, suspended: 0 };
      await tx.card.update({ where: { id: sentenceCard.id }, data: { status: 'SUSPENDED', suspendedWithAll: false, version: { increment: 1 } } });
      return { ok: true, created: 0, resumed: 0, suspended: 1 };
    }
    if (sentenceCard) {
      const sentenceId = sentenceCard.sentenceId ?? (await bestSentences(tx, [wordId])).get(wordId) ?? null;
      if (sentenceCard.status === 'ACTIVE' && sentenceId === sentenceCard.sentenceId) return { ok: true, created: 0, resumed: 0, suspended: 0 };
      await tx.card.update({ where: { id: sentenceCard.id }, data: { status: 'ACTIVE', suspendedWithAll: false, sentenceId, version: { increment: 1 } } });
      return { ok: true, created: 0, resumed: 1, suspended: 0 };
    }
    const created = await createSentenceCards(tx, user.id, [wordId], now);
    if (created === 0) {
      return { ok: false, error: 'no-sentence', message: 'This word has no sentence that makes a good card (it must stand once in a sentence that is not a heading, 8 to 80 characters long).' };
    }
    return { ok: true, created, resumed: 0, suspended: 0 };
  });
}

/** After an import: learners with sentence cards on get them for the article's words, and cards whose sentence went get another. */
export async function addSentenceCardsAfterImport(db: Db, articleId: number, now: Date): Promise<void> {
  const learners = await db.user.findMany({ where: { sentenceCards: true }, select: { id: true } });
  if (learners.length === 0) return;
  const words = await db.$queryRaw<{ wordId: number }[]>`
    SELECT DISTINCT o."wordId" FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" WHERE s."articleId" = ${articleId}`;
  for (const learner of learners) {
    await db.$transaction(
      async (tx) => {
        await repairSentences(tx, learner.id);
        await createSentenceCards(
          tx,
          learner.id,
          words.map((row) => row.wordId),
          now,
        );
      },
      { timeout: 120_000 },
    );
  }
}

export type AnotherSentenceResult = { ok: true; changed: boolean } | { ok: false; error: 'not-found'; message: string };

/**
 * The next good sentence for a sentence card, round and round. Only the sentence changes: not the card's
 * scheduling, nor its version, so the card on the screen can still be answered.
 */
export async function anotherSentence(db: Db, user: User, cardId: number): Promise<AnotherSentenceResult> {
  const [card] = await db.$queryRaw<{ wordId: number; sentenceId: number | null }[]>`
    SELECT "wordId", "sentenceId" FROM "Card" WHERE id = ${cardId} AND "userId" = ${user.id} AND kind = 'SENTENCE'`;
  if (!card) return { ok: false, error: 'not-found', message: 'That sentence card does not exist.' };
  const candidates = (await candidatesOf(db, [card.wordId])).get(card.wordId) ?? [];
  const next = candidates.length ? nextCardSentence(candidates[0].hanzi, candidates, card.sentenceId) : null;
  if (!next || next.id === card.sentenceId) return { ok: true, changed: false };
  await db.$executeRaw`UPDATE "Card" SET "sentenceId" = ${next.id} WHERE id = ${cardId} AND "userId" = ${user.id}`;
  return { ok: true, changed: true };
}

export interface SentenceCardStatus {
  /** null: the word has no sentence card. */
  status: 'ACTIVE' | 'SUSPENDED' | 'KNOWN' | 'RETIRED' | 'IGNORED' | null;
  state: 'NEW' | 'LEARNING' | 'REVIEW' | 'RELEARNING' | null;
  due: Date | null;
  reps: number;
  /** A new sentence card that waits for the word card to graduate. */
  waitsForWordCard: boolean;
}

/** What the word page shows of the word's sentence card. */
export async function sentenceCardOfWord(db: Db, user: User, wordId: number): Promise<SentenceCardStatus> {
  const cards = await db.card.findMany({ where: { userId: user.id, wordId }, select: { kind: true, status: true, state: true, due: true, reps: true } });
  const card = cards.find((row) => row.kind === 'SENTENCE');
  const wordCard = cards.find((row) => row.kind === 'WORD');
  if (!card) return { status: null, state: null, due: null, reps: 0, waitsForWordCard: false };
  const { kind: _kind, ...status } = card;
  return { ...status, waitsForWordCard: card.state === 'NEW' && !!wordCard && !wordCardLetsSentenceIn(wordCard) };
}
