import type { Db } from '@/lib/db/client';
import { releaseVocabularyTools, vocabularyTools } from '@/lib/vocabulary/article';
import { boundaryRuleProblem, characters, type BoundaryRule } from '@/lib/vocabulary/boundaries';
import { recutSentences } from './boundary-recut';
import { intArray } from './import-words';
import { ensureCards, restoreRetired, returnMovedCards, settleVanishingWords } from './rederive';

/** A boundary the learner fixes on one word of a sentence: join it with the next word, or split it after `splitAt` characters. */
export interface BoundaryFix {
  articleId: number;
  sentenceId: number;
  /** The word's place among the sentence's words (Occurrence.tokenIndex). */
  tokenIndex: number;
  /** Absent: join with the next word. Present: split between character splitAt and splitAt + 1. */
  splitAt?: number;
  /** The word as the learner's page shows it: when the text was cut otherwise since, nothing is done. */
  hanzi?: string;
}

interface CardChange {
  hanzi: string;
  reviews: number;
}

/** What a fix changes, for the learner who makes it. */
export interface BoundaryChange {
  rule: BoundaryRule;
  /** The words as they were in this sentence, and as they are now: 碳中 和 → 碳中和. */
  before: string[];
  after: string[];
  /** Sentences cut again, in how many articles. */
  sentences: number;
  articles: number;
  /** Words new to the word bank. */
  newWords: string[];
  /** The learner's cards taken out of study, each with the reviews it keeps. */
  retired: CardChange[];
  /** The learner's cards whose history went on with the word their word became. */
  moved: (CardChange & { to: string })[];
  /** The learner's retired cards back in study. */
  restored: CardChange[];
}

export type BoundaryResult = { ok: true; change: BoundaryChange } | { ok: false; message: string };

const REFUSED = {
  sentence: 'That sentence is not in this article.',
  word: 'That sentence has no such word.',
  last: 'That is the last word of its sentence: there is no next word to join it with.',
  apart: 'Only words written right next to each other can be joined: punctuation or a number stands between these two.',
  single: 'A word of one character cannot be split.',
  stale: 'The words of this sentence have changed since the page was shown: reload it and try again.',
  splitAt: 'Choose a place between two of the word’s characters to split it.',
};

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The rule a fix makes, or why it cannot be made. */
async function ruleFor(tx: Tx | Db, fix: BoundaryFix): Promise<{ rule: BoundaryRule; before: string[] } | { message: string }> {
  const sentence = await tx.sentence.findFirst({ where: { id: fix.sentenceId, articleId: fix.articleId }, select: { id: true } });
  if (!sentence) return { message: REFUSED.sentence };
  const words = await tx.$queryRaw<{ tokenIndex: number; start: number; length: number; hanzi: string }[]>`
    SELECT o."tokenIndex", o.start, o.length, w.hanzi FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId"
    WHERE o."sentenceId" = ${sentence.id} ORDER BY o."tokenIndex"`;
  const at = words.findIndex((word) => word.tokenIndex === fix.tokenIndex);
  if (at < 0) return { message: REFUSED.word };
  const word = words[at];
  if (fix.hanzi !== undefined && fix.hanzi !== word.hanzi) return { message: REFUSED.stale };
  let rule: BoundaryRule;
  if (fix.splitAt === undefined) {
    const next = words[at + 1];
    if (!next) return { message: REFUSED.last };
    if (word.start + word.length !== next.start) return { message: REFUSED.apart };
    rule = { kind: 'JOIN', hanzi: word.hanzi + next.hanzi, parts: [word.hanzi, next.hanzi] };
  } else {
    const chars = characters(word.hanzi);
    if (chars.length < 2) return { message: REFUSED.single };
    if (!Number.isInteger(fix.splitAt) || fix.splitAt < 1 || fix.splitAt >= chars.length) return { message: REFUSED.splitAt };
    rule = { kind: 'SPLIT', hanzi: word.hanzi, parts: [chars.slice(0, fix.splitAt).join(''), chars.slice(fix.splitAt).join('')] };
  }
  const problem = boundaryRuleProblem(rule);
  if (problem) return { message: problem };
  return { rule, before: rule.kind === 'JOIN' ? rule.parts : [rule.hanzi] };
}

class PreviewOnly extends Error {
  constructor(readonly result: BoundaryResult) {
    super('preview');
  }
}

async function cardsOf(tx: Tx, userId: number, wordIds: number[]) {
  if (wordIds.length === 0) return [];
  return tx.$queryRaw<{ id: number; wordId: number; hanzi: string; status: string; reviews: number }[]>`
    SELECT c.id, c."wordId", w.hanzi, c.status::text AS status, (SELECT count(*)::int FROM "ReviewLog" r WHERE r."cardId" = c.id) AS reviews
    FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
    WHERE c."userId" = ${userId} AND c."wordId" = ANY(${intArray(wordIds)}::int[]) ORDER BY c.id`;
}

/**
 * Fixes a word boundary for good: stores the rule (replacing any rule for the same word: a join after a split
 * makes one word again), cuts again every sentence where the word is written, in one transaction, and settles
 * the cards as a newer vocabulary pass does (lib/data/rederive): a word no sentence uses any more has its card
 * moved to the word it became when that is a fragment joined and the learner studied it and not that word,
 * else retired with its history; a retired word used again comes back. No card or review is deleted.
 */
export async function fixBoundary(db: Db, user: { id: number }, fix: BoundaryFix, at: Date, { preview = false } = {}): Promise<BoundaryResult> {
  // Refused fixes are told at once, before the dictionaries (a second to load) are needed.
  const checked = await ruleFor(db, fix);
  if ('message' in checked) return { ok: false, message: checked.message };
  const tools = vocabularyTools();
  try {
    return await db.$transaction(
      async (tx) => {
        const made = await ruleFor(tx, fix);
        if ('message' in made) return { ok: false, message: made.message };
        const { rule, before } = made;
        await tx.boundaryRule.upsert({
          where: { hanzi: rule.hanzi },
          create: { kind: rule.kind, hanzi: rule.hanzi, parts: rule.parts, createdAt: at },
          update: { kind: rule.kind, parts: rule.parts, createdAt: at },
        });
        const recut = await recutSentences(tx, rule.hanzi, tools, at);
        const vanishingIds = recut.vanishing.map((word) => word.oldWord);
        const leaving = await cardsOf(tx, user.id, vanishingIds);
        const returningRetired = (await cardsOf(tx, user.id, recut.usedWordIds)).filter((card) => card.status === 'RETIRED');
        await returnMovedCards(tx, recut.usedWordIds, vanishingIds, at);
        // Before the vanishing words' cards are settled: a word joined again has a card to take their history.
        await ensureCards(tx, recut.usedWordIds, at);
        await settleVanishingWords(tx, recut.vanishing, at);
        await restoreRetired(tx, recut.usedWordIds, at);

        const after = new Map((await tx.card.findMany({ where: { id: { in: leaving.map((card) => card.id) } }, select: { id: true, status: true, word: { select: { hanzi: true } } } })).map((card) => [card.id, card]));
        const change: BoundaryChange = {
          rule,
          before,
          after: rule.kind === 'JOIN' ? [rule.hanzi] : rule.parts,
          sentences: recut.sentences,
          articles: recut.articles,
          newWords: recut.newWords,
          retired: leaving.filter((card) => after.get(card.id)!.word.hanzi === card.hanzi && card.status !== 'RETIRED').map(({ hanzi, reviews }) => ({ hanzi, reviews })),
          moved: leaving.filter((card) => after.get(card.id)!.word.hanzi !== card.hanzi).map(({ id, hanzi, reviews }) => ({ hanzi, reviews, to: after.get(id)!.word.hanzi })),
          restored: returningRetired.map(({ hanzi, reviews }) => ({ hanzi, reviews })),
        };
        const result: BoundaryResult = { ok: true, change };
        if (preview) throw new PreviewOnly(result);
        return result;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof PreviewOnly) return error.result;
    throw error;
  } finally {
    releaseVocabularyTools();
  }
}

/** What `fixBoundary` would change, without changing anything. */
export function previewBoundaryFix(db: Db, user: { id: number }, fix: BoundaryFix, at: Date): Promise<BoundaryResult> {
  return fixBoundary(db, user, fix, at, { preview: true });
}
