import type { Db } from '@/lib/db/client';
import { Prisma, type CardState, type CardStatus, type User } from '@/lib/generated/prisma/client';
import { WORD_MARK_SQL, type WordMark } from './articles';
import { queueCard, setCardStatus } from './review';
import { sentencesOfWordSql, toContextSentence, type ContextSentence, type Meaning, type SentenceRow } from './sentences';

/** Sentences the reading panel lists beside the one being read. */
export const PANEL_SENTENCES = 4;

export interface ReadingCard {
  id: number;
  state: CardState;
  status: CardStatus;
  due: Date;
  queuedAt: Date | null;
  mark: WordMark;
}

export interface ReadingWord {
  id: number;
  hanzi: string;
  pinyin: string;
  meanings: Meaning[];
  isName: boolean;
  hskLevel: number | null;
  generalRank: number | null;
  frequency: number;
  card: ReadingCard | null;
  /** Other sentences it appears in, the most useful first (not `exceptSentenceId`). */
  sentences: ContextSentence[];
  /** All its sentences, the one being read included. */
  sentenceCount: number;
}

const READING_CARD = Prisma.sql`c.id, c.state, c.status, c.due, c."queuedAt", ${WORD_MARK_SQL} AS mark`;

async function readingCard(db: Db, user: Pick<User, 'id'>, wordId: number): Promise<ReadingCard | null> {
  const [card] = await db.$queryRaw<ReadingCard[]>`
    SELECT ${READING_CARD} FROM "Word" w JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${user.id} AND c.kind = 'WORD'
    WHERE w.id = ${wordId}`;
  return card ?? null;
}

/** What the reading panel shows of a word: its meanings, its card for this learner, and a few of its other sentences. */
export async function loadReadingWord(db: Db, user: Pick<User, 'id'>, wordId: number, exceptSentenceId?: number): Promise<ReadingWord | null> {
  const [word, card, rows] = await Promise.all([
    db.word.findUnique({
      where: { id: wordId },
      select: { id: true, hanzi: true, pinyin: true, meanings: true, isName: true, hskLevel: true, generalRank: true, frequency: true },
    }),
    readingCard(db, user, wordId),
    db.$queryRaw<SentenceRow[]>(sentencesOfWordSql(Prisma.sql`${wordId}`, PANEL_SENTENCES + 1)),
  ]);
  if (!word) return null;
  return {
    ...word,
    meanings: word.meanings as unknown as Meaning[],
    card,
    sentences: rows.filter((row) => row.id !== exceptSentenceId).slice(0, PANEL_SENTENCES).map(toContextSentence),
    sentenceCount: rows[0]?.total ?? 0,
  };
}

export const READING_ACTIONS = ['learn', 'known', 'ignore', 'resume'] as const;
export type ReadingAction = (typeof READING_ACTIONS)[number];

export type ReadingActionResult = { ok: true; card: ReadingCard } | { ok: false; error: 'not-found'; message: string };

/**
 * The reading panel's actions on a word's card: learn it now (first among today's new cards), mark it known,
 * ignore it (never a card), or resume it (known or ignored back to studying).
 */
export async function changeWordFromReading(db: Db, user: User, wordId: number, action: ReadingAction, now: Date): Promise<ReadingActionResult> {
  const notFound = { ok: false, error: 'not-found', message: 'That word is not in your word bank.' } as const;
  const card = await readingCard(db, user, wordId);
  if (!card) return notFound;
  const result =
    action === 'learn'
      ? await queueCard(db, user, card.id, now)
      : await setCardStatus(db, user, card.id, action === 'known' ? 'KNOWN' : action === 'ignore' ? 'IGNORED' : 'ACTIVE');
  if (!result.ok) return notFound;
  const changed = await readingCard(db, user, wordId);
  return changed ? { ok: true, card: changed } : notFound;
}
