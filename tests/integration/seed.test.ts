import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticle } from '@/lib/data/delete-article';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import { connect, type Db } from '@/lib/db/client';
import { pendingSchemaChanges, applyMigrations } from '@/lib/db/schema-engine';
import { decodeArticleFile, MAX_ARTICLE_BYTES } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';
import { runSeed, writeTemp } from '../helpers/scripts';

const SEED_FILE = 'prisma/seed/000_145fa75775678c09.txt';
const SEED_TEXT = decodeArticleFile(fs.readFileSync(SEED_FILE));

function writeFifo(): string {
  const file = path.join(path.dirname(writeTemp('')), 'pipe.txt');
  spawnSync('mkfifo', [file]);
  return file;
}

/** Real article text, just over the size limit. */
function writeOversized(): string {
  const copies = Math.ceil((MAX_ARTICLE_BYTES + 1) / Buffer.byteLength(SEED_TEXT));
  return writeTemp(SEED_TEXT.repeat(copies));
}

async function contentCounts(db: Db) {
  const [articles, sentences, words, occurrences, cards, reviews] = await Promise.all([
    db.article.count(),
    db.sentence.count(),
    db.word.count(),
    db.occurrence.count(),
    db.card.count(),
    db.reviewLog.count(),
  ]);
  return { articles, sentences, words, occurrences, cards, reviews };
}

describe('migrations', () => {
  it('agree with schema.prisma', async () => {
    expect(await pendingSchemaChanges()).toBe('');
  });

  it.each(BACKENDS)('apply once and are a no-op the second time on %s', async (backend) => {
    const database = await createTestDatabase(backend, { migrate: false });
    try {
      expect((await applyMigrations(database.adapter)).length).toBeGreaterThan(0);
      expect(await applyMigrations(database.adapter)).toEqual([]);
    } finally {
      await database.destroy();
    }
  });
});

describe.each(BACKENDS)('seeding on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend, { migrate: false });
    // Scripts in child processes need the embedded database to themselves.
    await database.close();
  });

  afterAll(async () => {
    await database?.destroy().catch(() => {});
  });

  async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const connection = await connect(database.target);
    try {
      return await work(connection.db);
    } finally {
      await connection.close();
    }
  }

  it('migrates and imports the seed article, ending with a summary', () => {
    const result = runSeed(database.env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Imported ".+": \d+ sentences, 1\d{3} words and names \(1\d{3} new\), 2\d{3} occurrences, \d+ names, \d+ words without a dictionary entry \(their meaning is composed from their parts\), [\d.]+ s\./,
    );
  });

  it('changes nothing when run again, and keeps the progress made in between', async () => {
    const review = await withDb(async (db) => {
      const user = await getCurrentUser(db);
      const queue = await getReviewQueue(db, user, new Date());
      const card = queue.card!;
      const graded = await gradeCard(db, user, { cardId: card.cardId, expectedVersion: card.version, grade: 'good', requestId: randomUUID() }, new Date());
      expect(graded.ok).toBe(true);
      return { counts: await contentCounts(db), card: await db.card.findUniqueOrThrow({ where: { id: card.cardId } }) };
    });
    const again = runSeed(database.env);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Unchanged/);
    await withDb(async (db) => {
      expect(await contentCounts(db)).toEqual(review.counts);
      expect(await db.card.findUniqueOrThrow({ where: { id: review.card.id } })).toEqual(review.card);
    });
  });

  it.each([
    ['a missing file', (): string => '/nonexistent/article.txt', /File not found/],
    ['an empty file', (): string => writeTemp(''), /empty/],
    ['a binary file', (): string => writeTemp(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /binary/],
    ['a file that is not UTF-8', (): string => writeTemp(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0xb2, 0xe2])), /UTF-8/],
    ['text without Chinese', (): string => writeTemp('hello world , 2020 !'), /no Chinese/],
    ['a device that never ends', (): string => '/dev/zero', /\/dev\/zero is not a regular file/],
    ['a named pipe', writeFifo, /pipe\.txt is not a regular file/],
    ['a folder', (): string => path.dirname(writeTemp('')), /is a folder, not an article file/],
    ['a file over the size limit', writeOversized, /MB; an article file can be at most 16 MB/],
  ] as const)('refuses %s with one clear line, exit code 1, and writes nothing', async (_name, file, message) => {
    const before = await withDb(contentCounts);
    const result = runSeed(database.env, [file()], 20_000);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(await withDb(contentCounts)).toEqual(before);
  });

  it('imports an edited article: new sentences and words come in, all progress stays', async () => {
    await withDb(async (db) => {
      const before = await contentCounts(db);
      const gradedCards = await db.card.findMany({ where: { state: { not: 'NEW' } } });
      const lines = SEED_TEXT.split('\n');
      const edited = [...lines.slice(0, 5), '我们 学习 量子 计算机 和 熊猫 。', ...lines.slice(6)].join('\n');
      const summary = await importArticle(db, { title: '迎难而上 为国担当 奋力开启中国特色大国外交新征程', text: edited });
      expect(summary.outcome).toBe('updated');
      expect(summary.newSentences).toBe(1);
      expect(summary.removedSentences).toBeGreaterThanOrEqual(1);
      expect(summary.newWords).toBeGreaterThanOrEqual(2);
      const after = await contentCounts(db);
      expect(after.reviews).toBe(before.reviews);
      expect(after.words).toBe(before.words + summary.newWords);
      expect(after.cards).toBe(before.cards + summary.newWords);
      for (const card of gradedCards) expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toEqual(card);
      expect(await db.word.findUnique({ where: { hanzi: '熊猫' } })).toMatchObject({ frequency: 1, inDictionary: true });
    });
  });

  it('rolls back the whole import when it fails part-way', async () => {
    await withDb(async (db) => {
      const before = await contentCounts(db);
      const failing = new Proxy(db, {
        get(target, property, receiver) {
          if (property !== '$transaction') return Reflect.get(target, property, receiver);
          return (work: (tx: Db) => Promise<unknown>, options: unknown) =>
            target.$transaction(async (tx) => {
              await work(tx as unknown as Db);
              throw new Error('disk full');
            }, options as never);
        },
      });
      await expect(importArticle(failing, { title: 'Another article', text: '熊猫 喜欢 竹子 。 新 文章 有 新 词语 。' })).rejects.toThrow('disk full');
      expect(await contentCounts(db)).toEqual(before);
      expect(await db.word.findUnique({ where: { hanzi: '竹子' } })).toBeNull();
    });
  });

  it('leaves a deleted seed article deleted on the next start, and brings it back when its file is given', async () => {
    await withDb(async (db) => {
      const user = await getCurrentUser(db);
      await importArticle(db, { title: 'Another article', text: '熊猫 喜欢 竹子 。' });
      const seed = await db.article.findFirstOrThrow({ where: { title: { startsWith: '迎难而上' } } });
      expect((await deleteArticle(db, user.id, seed.id, new Date())).ok).toBe(true);
    });
    const again = runSeed(database.env);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/The seed article was deleted .*: it is not imported again/);
    await withDb(async (db) => expect((await db.article.findMany({ select: { title: true } })).map((article) => article.title)).toEqual(['Another article']));
    const back = runSeed(database.env, ['prisma/seed/000_145fa75775678c09.txt']);
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/Imported "迎难而上/);
  });
});
