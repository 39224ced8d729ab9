import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { decodeArticleFile } from '@/lib/text/article-file';
import { VOCABULARY_VERSION } from '@/lib/vocabulary/article';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const SEED_TITLE = '迎难而上 为国担当 奋力开启中国特色大国外交新征程';
const now = new Date('2026-03-10T01:00:00Z');

async function wordId(db: Db, hanzi: string): Promise<number> {
  return (await db.word.findUniqueOrThrow({ where: { hanzi } })).id;
}

/** Grades a word's card twice, so it has a history to keep. */
async function study(db: Db, user: User, hanzi: string) {
  const card = await db.card.findFirstOrThrow({ where: { word: { hanzi }, userId: user.id } });
  for (const [index, grade] of (['good', 'good'] as const).entries()) {
    const current = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    const result = await gradeCard(db, user, { cardId: card.id, expectedVersion: current.version, grade, requestId: randomUUID() }, new Date(now.getTime() + index * 600_000));
    if (!result.ok) throw new Error(result.message);
  }
  return card.id;
}

describe.each(BACKENDS)('the vocabulary of the seed article on %s', (backend) => {
  let database: TestDatabase;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { timeZone: 'UTC', newCardsPerDay: 20 });
    await importArticle(database.db, { title: SEED_TITLE, text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('keeps the title, byline and source apart from the sentences', async () => {
    const article = await database.db.article.findFirstOrThrow();
    expect(article).toMatchObject({ title: SEED_TITLE, author: '国务委员兼外交部长 王毅', vocabularyVersion: VOCABULARY_VERSION });
    expect(await database.db.sentence.count({ where: { text: { contains: '国务委员' } } })).toBe(0);
    expect(await database.db.sentence.count({ where: { text: { startsWith: '（《求是》' } } })).toBe(0);
  });

  it('makes cards of whole words: no fragment the segmenter cut, no number', async () => {
    const hanzi = new Set((await database.db.word.findMany({ select: { hanzi: true } })).map((word) => word.hanzi));
    for (const word of ['碳中和', '一带一路', '负责任', '开创', '新局', '百年', '第一时间', '美元', '架次', '积极', '支持', '外部', '环境', '十四五']) {
      expect(hanzi, word).toContain(word);
    }
    for (const fragment of ['碳中', '中俄新', '及性', '厚植同', '向世卫', '多亿', '亿美元', '多万份', '余国', '多个', '积极支持', '外部环境', '党和国家', '一年', '第二十七次']) {
      expect(hanzi, fragment).not.toContain(fragment);
    }
    const cut = await database.db.$queryRaw<{ hanzi: string }[]>`
      SELECT w.hanzi FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId" JOIN "Sentence" s ON s.id = o."sentenceId"
      WHERE s.text LIKE '%开创新局%' AND o.start >= strpos(s.text, '开创新局') - 1 AND o.start < strpos(s.text, '开创新局') + 3 ORDER BY o.start`;
    expect(cut.map((row) => row.hanzi)).toEqual(['开创', '新局']);
  });

  it('stores each occurrence’s reading in its sentence: 为 wéi in 以…为核心, wèi elsewhere', async () => {
    const readings = await database.db.$queryRaw<{ text: string; reading: string }[]>`
      SELECT s.text, o.reading FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" JOIN "Word" w ON w.id = o."wordId" WHERE w.hanzi = '为'`;
    expect(readings.find((row) => row.text.includes('以习近平同志为核心'))?.reading).toBe('wéi');
    expect(new Set(readings.map((row) => row.reading))).toEqual(new Set(['wèi', 'wéi']));
    const word = await database.db.word.findUniqueOrThrow({ where: { hanzi: '为' } });
    expect((word.meanings as { pinyin: string }[]).slice(0, 2).map((meaning) => meaning.pinyin).sort()).toEqual(['wèi', 'wéi'].sort());
  });

  it('gives every card a meaning, composed from its parts where the dictionary has none', async () => {
    const words = await database.db.word.findMany({ select: { hanzi: true, meanings: true, inDictionary: true } });
    for (const word of words) {
      const meanings = word.meanings as { definitions: string[]; composed?: boolean }[];
      expect(meanings[0]?.definitions[0], word.hanzi).toBeTruthy();
      if (!word.inDictionary) expect(meanings[0].composed, word.hanzi).toBe(true);
    }
  });

  it('leads with the sense the article uses: 届 and 场 as measure words after numbers, 等 as “etc.”', async () => {
    const first = async (hanzi: string) => ((await database.db.word.findUniqueOrThrow({ where: { hanzi } })).meanings as { definitions: string[] }[])[0].definitions[0];
    expect(await first('届')).toMatch(/^measure word/);
    expect(await first('场')).toMatch(/^measure word/);
    expect(await first('等')).toMatch(/etc/);
    expect(await first('年')).toMatch(/^year/);
  });

  it('keeps names out of the new cards until the learner asks for one, which then comes first', async () => {
    const names = await database.db.word.findMany({ where: { isName: true }, select: { hanzi: true } });
    expect(names.map((name) => name.hanzi)).toEqual(expect.arrayContaining(['习近平', '普京', '联合国', '李克强']));
    let queue = await getReviewQueue(database.db, user, now);
    const offered: string[] = [];
    for (let index = 0; index < 5 && queue.card; index++) {
      offered.push(queue.card.word.hanzi);
      await database.db.card.update({ where: { id: queue.card.cardId }, data: { status: 'KNOWN' } });
      queue = await getReviewQueue(database.db, user, now);
    }
    expect(offered.some((hanzi) => names.some((name) => name.hanzi === hanzi))).toBe(false);
    await database.db.card.updateMany({ where: { word: { hanzi: '普京' } }, data: { queuedAt: now } });
    expect((await getReviewQueue(database.db, user, now)).card?.word.hanzi).toBe('普京');
  });

  it('cuts an article saved by an older pass again, moving a fragment’s history to its word and retiring a split phrase’s, losing no review', async () => {
    const db = database.db;
    const article = await db.article.findFirstOrThrow();
    // The old cut: 碳中 | 和 where 碳中和 is, and 积极支持 as one word where the pass now has 积极 | 支持.
    const [carbon] = await db.$queryRaw<{ sentenceId: number; start: number }[]>`
      SELECT o."sentenceId", o.start FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId" WHERE w.hanzi = '碳中和'`;
    const [phrase] = await db.$queryRaw<{ sentenceId: number; start: number }[]>`
      SELECT o."sentenceId", o."phraseStart" AS start FROM "Occurrence" o JOIN "Word" w ON w.id = o."wordId"
      WHERE w.hanzi = '积极' AND o."phraseLength" = 4 AND substr((SELECT text FROM "Sentence" WHERE id = o."sentenceId"), o."phraseStart" + 1, 4) = '积极支持'`;
    for (const hanzi of ['碳中', '积极支持']) {
      await db.$executeRaw`
        WITH word AS (INSERT INTO "Word" (hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary")
                      VALUES (${hanzi}, '', '', '', '[]', '', false) RETURNING id)
        INSERT INTO "Card" ("userId", "wordId", due, "updatedAt") SELECT ${user.id}, word.id, ${now}, ${now} FROM word`;
    }
    await db.$executeRaw`UPDATE "Occurrence" SET "wordId" = ${await wordId(db, '碳中')}, length = 2
                         WHERE "sentenceId" = ${carbon.sentenceId} AND start = ${carbon.start}`;
    await db.$executeRaw`DELETE FROM "Occurrence" WHERE "sentenceId" = ${phrase.sentenceId} AND "phraseStart" = ${phrase.start}`;
    await db.$executeRaw`INSERT INTO "Occurrence" ("sentenceId", "wordId", "tokenIndex", start, length)
                         VALUES (${phrase.sentenceId}, ${await wordId(db, '积极支持')}, 1000, ${phrase.start}, 4)`;
    await db.$executeRaw`UPDATE "Word" SET frequency = 0 WHERE hanzi = '碳中和'`;
    await db.article.update({ where: { id: article.id }, data: { vocabularyVersion: 0 } });
    const fragmentCard = await study(db, user, '碳中');
    const phraseCard = await study(db, user, '积极支持');
    const reviewsBefore = await db.reviewLog.count();

    const summary = await importArticle(db, { title: SEED_TITLE, text: SEED_TEXT });
    expect(summary.outcome).toBe('updated');
    expect(summary.rederived).toMatchObject({ cardsMoved: 1 });
    expect(summary.rederived!.cardsRetired).toBeGreaterThanOrEqual(1);
    expect(summary.rederived!.replaced).toEqual(expect.arrayContaining([{ hanzi: '碳中', by: ['碳中和'] }]));

    const moved = await db.card.findUniqueOrThrow({ where: { id: fragmentCard }, include: { word: true } });
    expect(moved.word.hanzi).toBe('碳中和');
    expect(moved.status).toBe('ACTIVE');
    expect(await db.reviewLog.count({ where: { cardId: fragmentCard } })).toBe(2);
    expect(await db.card.count({ where: { word: { hanzi: '碳中和' }, userId: user.id } })).toBe(1);

    const retired = await db.card.findUniqueOrThrow({ where: { id: phraseCard }, include: { word: true } });
    expect(retired.status).toBe('RETIRED');
    expect(retired.word.replacedBy?.split(' ').sort()).toEqual(['支持', '积极']);
    expect(await db.reviewLog.count({ where: { cardId: phraseCard } })).toBe(2);

    expect(await db.reviewLog.count()).toBe(reviewsBefore);
    expect((await db.article.findFirstOrThrow()).vocabularyVersion).toBe(VOCABULARY_VERSION);
    expect((await getReviewQueue(db, user, now)).card?.word.hanzi).not.toBe('积极支持');
    expect(await importArticle(db, { title: SEED_TITLE, text: SEED_TEXT })).toMatchObject({ outcome: 'unchanged' });
  });
});

describe('plain text without spaces', () => {
  it('gives the same cards as the segmented seed article', async () => {
    const segmented = await createTestDatabase('pglite');
    const plain = await createTestDatabase('pglite');
    try {
      await importArticle(segmented.db, { title: 'Seed', text: SEED_TEXT });
      const withoutSpaces = SEED_TEXT.replace(/ /g, '');
      const summary = await importArticle(plain.db, { title: 'Seed', text: withoutSpaces });
      expect(summary.segmentedByJieba).toBe(true);
      const words = async (db: Db) => (await db.word.findMany({ select: { hanzi: true }, orderBy: { hanzi: 'asc' } })).map((word) => word.hanzi);
      expect(await words(plain.db)).toEqual(await words(segmented.db));
      expect(await plain.db.sentence.count()).toBe(await segmented.db.sentence.count());
    } finally {
      await segmented.destroy();
      await plain.destroy();
    }
  });
});
