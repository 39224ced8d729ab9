import type { Db } from '@/lib/db/client';
import type { CardState, CardStatus } from '@/lib/generated/prisma/enums';
import { articleSlug } from './import-article';
import { json } from './import-words';

/** What importing an article's words would mean for this learner. Names are counted apart from the rest. */
export interface LearnerWordCounts {
  /** Words they have no card for: importing adds them to the new cards. */
  new: number;
  /** Words they know: a card in review, or marked known or ignored. */
  known: number;
  /** Words already waiting in their queue (new, learning or relearning cards), from other articles. */
  queued: number;
  /** Words whose card they suspended. */
  suspended: number;
  /** Words no article uses any more (a deleted article's): importing brings their cards back, history and all. */
  returning: number;
  names: number;
}

export type WordStanding = Exclude<keyof LearnerWordCounts, 'names'>;

/** Where a word stands for a learner, by their card of it (none: the word is new to them). */
export function wordStanding(card: { status: CardStatus; state: CardState } | null): WordStanding {
  if (!card) return 'new';
  if (card.status === 'RETIRED') return 'returning';
  if (card.status === 'KNOWN' || card.status === 'IGNORED' || card.state === 'REVIEW') return 'known';
  if (card.status === 'SUSPENDED') return 'suspended';
  return 'queued';
}

const LOOKUP_BATCH = 20_000;

/** Counts an article's distinct words (as a preview finds them) by where each stands for the learner. */
export async function countLearnerWords(db: Db, userId: number, words: { hanzi: string; isName: boolean }[]): Promise<LearnerWordCounts> {
  const counts: LearnerWordCounts = { new: 0, known: 0, queued: 0, suspended: 0, returning: 0, names: 0 };
  const cards = new Map<string, { status: CardStatus; state: CardState }>();
  const plain = words.filter((word) => !word.isName).map((word) => word.hanzi);
  for (let start = 0; start < plain.length; start += LOOKUP_BATCH) {
    const rows = await db.$queryRaw<{ hanzi: string; status: CardStatus; state: CardState }[]>`
      SELECT w.hanzi, c.status, c.state FROM "Word" w JOIN "Card" c ON c."wordId" = w.id AND c."userId" = ${userId} AND c.kind = 'WORD'
      WHERE w.hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(plain.slice(start, start + LOOKUP_BATCH))}::json)))`;
    for (const { hanzi, ...card } of rows) cards.set(hanzi, card);
  }
  for (const word of words) {
    if (word.isName) counts.names += 1;
    else counts[wordStanding(cards.get(word.hanzi) ?? null)] += 1;
  }
  return counts;
}

export interface ArticleClashes {
  /** The article that already holds this very text: importing it again changes nothing. */
  sameText: { id: number; title: string } | null;
  /** Another article with this title: the learner says whether this text updates it or is a new article. */
  titleTaken: { id: number; title: string; sentences: number } | null;
  /** The title a new article would get when the title is taken: the title with " (2)", " (3)"… as the import numbers them. */
  freeTitle: string;
}

export async function articleClashes(db: Db, title: string, contentHash: string): Promise<ArticleClashes> {
  const [sameText, titled, similar] = await Promise.all([
    db.article.findFirst({ where: { contentHash }, orderBy: { id: 'asc' }, select: { id: true, title: true } }),
    db.article.findUnique({ where: { slug: articleSlug(title) }, select: { id: true, title: true, _count: { select: { sentences: true } } } }),
    db.article.findMany({ where: { slug: { startsWith: articleSlug(title) } }, select: { slug: true } }),
  ]);
  const taken = new Set(similar.map((article) => article.slug));
  let freeTitle = title;
  for (let number = 2; taken.has(articleSlug(freeTitle)); number++) freeTitle = `${title} (${number})`;
  return {
    sameText,
    titleTaken: titled && titled.id !== sameText?.id ? { id: titled.id, title: titled.title, sentences: titled._count.sentences } : null,
    freeTitle,
  };
}

export interface ArticleListed {
  id: number;
  title: string;
  source: string | null;
  sentences: number;
  importedAt: Date;
}

/** Every article, the latest first: the import page lists them with a delete button. */
export function listArticlesForImport(db: Db): Promise<ArticleListed[]> {
  return db.article
    .findMany({ orderBy: { id: 'desc' }, select: { id: true, title: true, source: true, importedAt: true, _count: { select: { sentences: true } } } })
    .then((rows) => rows.map(({ _count, ...article }) => ({ ...article, sentences: _count.sentences })));
}
