import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixBoundary, previewBoundaryFix, type BoundaryFix } from '@/lib/data/boundaries';
import { importArticle } from '@/lib/data/import-article';
import { gradeCard } from '@/lib/data/review';
import { getCurrentUser, type User } from '@/lib/data/users';
import { searchWords } from '@/lib/data/words';
import type { Db } from '@/lib/db/client';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const SEED_TITLE = '迎难而上 为国担当 奋力开启中国特色大国外交新征程';
const now = new Date('2026-03-10T01:00:00Z');
/** Importing the seed again takes a while on a loaded machine. */
const SLOW = 240_000;

/** Grades a word's card twice, so it has a history to keep. */
async function study(db: Db, user: User, hanzi: string): Promise<number> {
  const card = await db.card.findFirstOrThrow({ where: { word: { hanzi }, userId: user.id } });
  for (const [index, grade] of (['good', 'good'] as const).entries()) {
    const current = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    const result = await gradeCard(db, user, { cardId: card.id, expectedVersion: current.version, grade, requestId: randomUUID() }, new Date(now.getTime() + index * 600_000));
    if (!result.ok) throw new Error(result.message);
  }
  return card.id;
}

/** Where a word stands in the seed: its article, sentence and place among the sentence's words. */
async function place(db: Db, hanzi: string, textContains: string): Promise<Omit<BoundaryFix, 'splitAt'>> {
  const [row] = await db.$queryRaw<{ articleId: number; sentenceId: number; tokenIndex: number }[]>`
    SELECT s."articleId", s.id AS "sentenceId", o."tokenIndex" FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId" JOIN "Sentence" s ON s.id = o."sentenceId"
    WHERE w.hanzi = ${hanzi} AND strpos(s.text, ${textContains}) > 0 ORDER BY s.id, o."tokenIndex" LIMIT 1`;
  if (!row) throw new Error(`${hanzi} is not in a sentence with ${textContains}`);
  return row;
}

/** The words of the sentences that contain `text`, in order. */
async function wordsAround(db: Db, text: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ hanzi: string }[]>`
    SELECT w.hanzi FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId" JOIN "Sentence" s ON s.id = o."sentenceId"
    WHERE strpos(s.text, ${text}) > 0 AND o.start < strpos(s.text, ${text}) - 1 + ${text.length} AND o.start + o.length > strpos(s.text, ${text}) - 1
    ORDER BY s.id, o."tokenIndex"`;
  return rows.map((row) => row.hanzi);
}

/** Every review, by card: nothing a fix does may lose one or move it to another card. */
const reviewsByCard = async (db: Db) => (await db.reviewLog.findMany({ select: { id: true, cardId: true }, orderBy: { id: 'asc' } })).map((log) => `${log.id}:${log.cardId}`);

/** What a refused fix must leave as it was. */
const snapshot = async (db: Db) =>
  JSON.stringify(
    await Promise.all([
      db.boundaryRule.findMany({ orderBy: { id: 'asc' } }),
      db.occurrence.findMany({ orderBy: { id: 'asc' }, select: { id: true, wordId: true, tokenIndex: true, start: true, length: true } }),
      db.card.findMany({ orderBy: { id: 'asc' }, select: { id: true, wordId: true, status: true, version: true } }),
      db.word.count(),
    ]),
  );

describe.each(BACKENDS)('fixing word boundaries on %s', (backend) => {
  let database: TestDatabase;
  let db: Db;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    db = database.db;
    user = await getCurrentUser(db);
    await importArticle(db, { title: SEED_TITLE, text: SEED_TEXT });
  }, SLOW);

  afterAll(async () => {
    await database?.destroy();
  }, SLOW);

  it('refuses hostile or impossible fixes with a message and writes nothing', async () => {
    const other = await importArticle(db, { title: 'Other', text: '熊猫 喜欢 竹子 。\n' });
    const word = await place(db, '环境', '复杂外部环境');
    const before = await snapshot(db);
    const refusals: [BoundaryFix, RegExp][] = [
      [{ ...word, tokenIndex: 10_000 }, /no such word/],
      [{ ...word, tokenIndex: -1 }, /no such word/],
      [{ ...word, articleId: other.articleId }, /not in this article/],
      [{ ...word, sentenceId: 999_999 }, /not in this article/],
      // 环境， : the next word is on the other side of a comma.
      [word, /right next to each other/],
      [{ ...(await place(db, '于', '于2030年')) }, /right next to each other/],
      [{ ...(await place(db, '竹子', '熊猫')) }, /last word/],
      [{ ...word, hanzi: '外部' }, /reload/],
      [{ ...word, splitAt: 0 }, /between two of the word’s characters/],
      [{ ...word, splitAt: 2 }, /between two of the word’s characters/],
      [{ ...word, splitAt: 1.5 }, /between two of the word’s characters/],
      [{ ...(await place(db, '的', '过去的')), splitAt: 1 }, /one character/],
    ];
    for (const [fix, message] of refusals) {
      const result = await fixBoundary(db, user, fix, now);
      expect(result, JSON.stringify(fix)).toEqual({ ok: false, message: expect.stringMatching(message) });
    }
    expect(await snapshot(db)).toBe(before);
  }, SLOW);

  it('joins two words in every sentence: the joined word replaces them, a studied fragment keeps its history on it, and a preview changes nothing', async () => {
    const environment = await study(db, user, '环境');
    const reviews = await reviewsByCard(db);
    const fix = await place(db, '外部', '复杂外部环境');

    const before = await snapshot(db);
    const preview = await previewBoundaryFix(db, user, fix, now);
    expect(await snapshot(db)).toBe(before);
    expect(preview).toMatchObject({ ok: true, change: { before: ['外部', '环境'], after: ['外部环境'], moved: [{ hanzi: '环境', to: '外部环境', reviews: 2 }] } });

    const result = await fixBoundary(db, user, fix, now);
    expect(result).toEqual(preview);
    expect(await db.boundaryRule.findMany({ select: { kind: true, hanzi: true, parts: true } })).toEqual([{ kind: 'JOIN', hanzi: '外部环境', parts: ['外部', '环境'] }]);
    expect(await wordsAround(db, '外部环境')).toEqual(['外部环境', '外部环境']);
    const joined = await db.word.findUniqueOrThrow({ where: { hanzi: '外部环境' } });
    expect(joined).toMatchObject({ frequency: 2, pinyin: 'wàibù huánjìng' });
    expect((joined.meanings as { definitions: string[] }[])[0].definitions[0]).toBeTruthy();

    // 环境 is used nowhere else: its card, reviews and all, is the joined word's now.
    const card = await db.card.findUniqueOrThrow({ where: { id: environment }, include: { word: true } });
    expect(card).toMatchObject({ status: 'ACTIVE', word: { hanzi: '外部环境' } });
    expect(await db.card.count({ where: { userId: user.id, word: { hanzi: '外部环境' } } })).toBe(1);
    expect(await reviewsByCard(db)).toEqual(reviews);
    expect((await db.word.findUniqueOrThrow({ where: { hanzi: '环境' } })).frequency).toBe(0);
    const list = await searchWords(db, user, { query: '外部环境' }, now);
    expect(list.words.map((word) => word.hanzi)).toContain('外部环境');
  }, SLOW);

  it('keeps the join when the article is imported again, even cut anew, and in a later article', async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: SEED_TITLE } });
    expect(await importArticle(db, { title: SEED_TITLE, text: SEED_TEXT })).toMatchObject({ outcome: 'unchanged' });
    await db.article.update({ where: { id: article.id }, data: { vocabularyVersion: 0 } });
    const reviews = await reviewsByCard(db);
    expect(await importArticle(db, { title: SEED_TITLE, text: SEED_TEXT })).toMatchObject({ outcome: 'updated' });
    expect(await wordsAround(db, '外部环境')).toEqual(['外部环境', '外部环境']);
    expect(await reviewsByCard(db)).toEqual(reviews);

    await importArticle(db, { title: 'Segmented', text: '我们 面对 复杂 的 外部 环境 。\n' });
    await importArticle(db, { title: 'Plain', text: '我们面对复杂的外部环境。\n' });
    const later = await db.$queryRaw<{ title: string; hanzi: string }[]>`
      SELECT a.title, w.hanzi FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId" JOIN "Sentence" s ON s.id = o."sentenceId" JOIN "Article" a ON a.id = s."articleId"
      WHERE a.title IN ('Segmented', 'Plain') AND w.hanzi IN ('外部环境', '外部', '环境') ORDER BY a.title, o."tokenIndex"`;
    expect(later).toEqual([
      { title: 'Plain', hanzi: '外部环境' },
      { title: 'Segmented', hanzi: '外部环境' },
    ]);
  }, SLOW);

  it('splits a word everywhere, retiring its card with its reviews kept and listed as retired; joining it back restores that card', async () => {
    const responsible = await study(db, user, '负责任');
    const reviews = await reviewsByCard(db);
    const fix = { ...(await place(db, '负责任', '负责任态度')), splitAt: 2 };

    const split = await fixBoundary(db, user, fix, now);
    expect(split).toMatchObject({ ok: true, change: { before: ['负责任'], after: ['负责', '任'], retired: [{ hanzi: '负责任', reviews: 2 }], newWords: ['任'] } });
    expect(await wordsAround(db, '负责任')).toEqual(['负责', '任', '负责', '任']);
    expect(await db.card.findUniqueOrThrow({ where: { id: responsible } })).toMatchObject({ status: 'RETIRED' });
    expect((await db.word.findUniqueOrThrow({ where: { hanzi: '负责任' } })).replacedBy).toBe('负责 任');
    expect((await searchWords(db, user, { filter: 'retired' }, now)).words.map((word) => word.hanzi)).toContain('负责任');
    expect(await db.card.count({ where: { word: { hanzi: '任' } } })).toBe(await db.user.count());
    expect(await reviewsByCard(db)).toEqual(reviews);

    // The learner studies the new word, then changes their mind: 负责 + 任 is one word after all.
    const duty = await study(db, user, '任');
    const back = await fixBoundary(db, user, { ...(await place(db, '负责', '负责任态度')) }, now);
    expect(back).toMatchObject({ ok: true, change: { after: ['负责任'], restored: [{ hanzi: '负责任', reviews: 2 }], retired: [{ hanzi: '任', reviews: 2 }] } });
    expect(await db.boundaryRule.findUniqueOrThrow({ where: { hanzi: '负责任' } })).toMatchObject({ kind: 'JOIN', parts: ['负责', '任'] });
    expect(await wordsAround(db, '负责任')).toEqual(['负责任', '负责任']);
    expect(await db.card.findUniqueOrThrow({ where: { id: responsible } })).toMatchObject({ status: 'ACTIVE', reps: 2 });
    expect(await db.card.findUniqueOrThrow({ where: { id: duty } })).toMatchObject({ status: 'RETIRED' });
    expect(await db.reviewLog.count({ where: { cardId: duty } })).toBe(2);
    expect((await db.word.findUniqueOrThrow({ where: { hanzi: '负责' } })).frequency).toBe(1);
  }, SLOW);

  it('brings a retired card back with the status it had: a word the learner knew is known again once it is joined back', async () => {
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id, kind: 'WORD', word: { hanzi: '气候变化' } } });
    await db.card.update({ where: { id: card.id }, data: { status: 'KNOWN' } });
    const split = await fixBoundary(db, user, { ...(await place(db, '气候变化', '气候变化')), splitAt: 2 }, now);
    expect(split).toMatchObject({ ok: true, change: { after: ['气候', '变化'] } });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ status: 'RETIRED', retiredFrom: 'KNOWN' });

    const back = await fixBoundary(db, user, await place(db, '气候', '气候变化'), now);
    expect(back).toMatchObject({ ok: true, change: { after: ['气候变化'] } });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ status: 'KNOWN', retiredFrom: null });
  }, SLOW);

  it('undoes a join by splitting the word back: the fragment gets its own card back, history and all', async () => {
    const card = await db.card.findFirstOrThrow({ where: { userId: user.id, word: { hanzi: '外部环境' } } });
    const reviews = await reviewsByCard(db);
    const result = await fixBoundary(db, user, { ...(await place(db, '外部环境', '复杂外部环境')), splitAt: 2 }, now);
    expect(result).toMatchObject({ ok: true, change: { after: ['外部', '环境'], moved: [{ hanzi: '外部环境', to: '环境', reviews: 2 }], retired: [] } });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, include: { word: true } })).toMatchObject({ status: 'ACTIVE', word: { hanzi: '环境' } });
    // As before the join: the joined word is in no sentence, and the learner never had a card of it.
    expect(await db.card.count({ where: { userId: user.id, word: { hanzi: '外部环境' } } })).toBe(0);
    expect(await reviewsByCard(db)).toEqual(reviews);
    // In the seed's two sentences and the two later articles.
    expect(await wordsAround(db, '外部环境')).toEqual(Array(4).fill(['外部', '环境']).flat());

    // Joined once more, the history goes with it again; an article that uses the fragment alone gives it a card.
    const again = await fixBoundary(db, user, await place(db, '外部', '复杂外部环境'), now);
    expect(again).toMatchObject({ ok: true, change: { moved: [{ hanzi: '环境', to: '外部环境', reviews: 2 }] } });
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, include: { word: true } })).toMatchObject({ word: { hanzi: '外部环境' } });
    await importArticle(db, { title: 'Later', text: '保护 环境 。\n' });
    expect(await db.card.findFirst({ where: { userId: user.id, word: { hanzi: '环境' } } })).toMatchObject({ status: 'ACTIVE', reps: 0 });
    expect(await reviewsByCard(db)).toEqual(reviews);
  }, SLOW);
});
