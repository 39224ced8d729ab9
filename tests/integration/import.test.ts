import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { gradeCard } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import { openDatabase } from '@/lib/db/adapter';
import { connect, type Db } from '@/lib/db/client';
import { PrismaClient } from '@/lib/generated/prisma/client';
import pg from 'pg';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';
import { runScriptFile, runSeed, writeTemp } from '../helpers/scripts';

describe.each(BACKENDS)('importing articles on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend, { migrate: false });
    // Scripts in child processes need the embedded database to themselves; they migrate it too.
    await database.close();
    expect(runScriptFile('scripts/db-migrate.ts', database.env).status).toBe(0);
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

  const sentencesOf = (db: Db, title: string) =>
    db.sentence.findMany({ where: { article: { title } }, orderBy: { position: 'asc' }, select: { text: true } }).then((rows) => rows.map((row) => row.text));

  function seed(args: string[]) {
    const result = runSeed(database.env, args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return result.stdout;
  }

  it('keeps two files whose first lines match as two articles, the second titled with a number', async () => {
    const first = writeTemp('同一 个 开头 。\n熊猫 喜欢 竹子 。\n');
    const second = writeTemp('同一 个 开头 。\n老虎 喜欢 吃肉 。\n');
    expect(seed([first])).toMatch(/Imported "同一个开头。"/);
    const output = seed([second]);
    expect(output).toMatch(/Imported "同一个开头。 \(2\)"/);
    expect(output).toMatch(/Another article is already titled "同一个开头。" \(from article\.txt\), so this one is "同一个开头。 \(2\)"\. To update that one instead, give --title "同一个开头。"\./);
    await withDb(async (db) => {
      expect(await sentencesOf(db, '同一个开头。')).toEqual(['同一个开头。', '熊猫喜欢竹子。']);
      expect(await sentencesOf(db, '同一个开头。 (2)')).toEqual(['同一个开头。', '老虎喜欢吃肉。']);
    });
  });

  it('updates the article imported from the same file, even when its first line changed', async () => {
    const file = writeTemp('旧 的 标题 。\n我们 学习 汉语 。\n');
    seed([file]);
    fs.writeFileSync(file, '新 的 标题 。\n我们 学习 汉语 。\n');
    expect(seed([file])).toMatch(/Updated "旧的标题。"/);
    await withDb(async (db) => {
      expect(await sentencesOf(db, '旧的标题。')).toEqual(['新的标题。', '我们学习汉语。']);
      expect(await db.article.count({ where: { title: { startsWith: '新的标题' } } })).toBe(0);
    });
  });

  it('updates the article the learner names with --title, whatever the file', async () => {
    seed([writeTemp('第一 版 。\n'), '--title', '我 的 文章']);
    expect(seed([writeTemp('第二 版 。\n', 'other.txt'), '--title', '我 的 文章'])).toMatch(/Updated "我 的 文章"/);
    await withDb(async (db) => expect(await sentencesOf(db, '我 的 文章')).toEqual(['第二版。']));
  });

  it('recognises a text already imported from another file and changes nothing', async () => {
    const text = '一样 的 内容 。\n';
    seed([writeTemp(text)]);
    const counts = await withDb((db) => Promise.all([db.article.count(), db.sentence.count()]));
    expect(seed([writeTemp(text, 'copy.txt')])).toMatch(/Unchanged "一样的内容。": this text is already imported/);
    expect(await withDb((db) => Promise.all([db.article.count(), db.sentence.count()]))).toEqual(counts);
  });

  it('says which words an edit leaves without a sentence, and keeps their cards and reviews', async () => {
    seed([writeTemp('天气 很 好 。\n')]);
    const file = writeTemp('大象 鼻子 很 长 。\n学生 学习 汉语 。\n');
    seed([file]);
    const graded = await withDb(async (db) => {
      const user = await getCurrentUser(db);
      const card = await db.card.findFirstOrThrow({ where: { userId: user.id, word: { hanzi: '大象' } } });
      const result = await gradeCard(db, user, { cardId: card.id, expectedVersion: card.version, grade: 'good', requestId: randomUUID() }, new Date());
      expect(result.ok).toBe(true);
      return db.card.findUniqueOrThrow({ where: { id: card.id } });
    });

    fs.writeFileSync(file, '学生 学习 汉语 。\n');
    expect(seed([file])).toMatch(/3 words now have no sentence in any article: 大象, 鼻子, 长; their cards and reviews are kept\./);
    await withDb(async (db) => {
      expect(await db.card.findUniqueOrThrow({ where: { id: graded.id } })).toEqual(graded);
      expect(await db.reviewLog.count({ where: { cardId: graded.id } })).toBe(1);
      expect(await db.word.findUniqueOrThrow({ where: { hanzi: '大象' } })).toMatchObject({ frequency: 0 });
      // 很 is still in another article: it keeps its sentences and is not listed.
      expect(await db.occurrence.count({ where: { word: { hanzi: '很' } } })).toBeGreaterThan(0);
    });
  });

  it('cuts a passage a segmented text left without spaces into words with jieba, and says so', async () => {
    const run = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜'.repeat(30);
    const output = seed([writeTemp(`我们 读 古文 。\n我们 读 ${run} 。\n`)]);
    expect(output).toMatch(/1 passage without spaces \(over 32 characters\) cut into words by jieba/);
    await withDb(async (db) => {
      expect(await db.sentence.count({ where: { text: `我们读${run}。` } })).toBe(1);
      expect(await db.word.count({ where: { hanzi: { startsWith: '天地玄黄宇宙' } } })).toBe(0);
      expect(await db.word.count({ where: { hanzi: { in: ['宇宙', '日月', '寒来暑往'] } } })).toBeGreaterThanOrEqual(2);
    });
  });

  it('refuses a title over 200 characters with one clear line and writes nothing', async () => {
    const before = await withDb((db) => db.article.count());
    const result = runSeed(database.env, [writeTemp('标题 太 长 。\n'), '--title', '长'.repeat(1000)]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Error: The title is 1000 characters long; a title can have at most 200.');
    expect(await withDb((db) => db.article.count())).toBe(before);
  });

  it('updates an article whose sentences all moved in as many statements as a small one', async () => {
    const sentences = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, index) => `${prefix} 第${index} 句 话 。`).join('\n');
    const statementsToShift = async (title: string, count: number) => {
      const opened = await openDatabase(database.target);
      const db = new PrismaClient({ adapter: opened.adapter, log: [{ emit: 'event', level: 'query' }] });
      try {
        const text = sentences(count, title);
        await importArticle(db, { title, text });
        let statements = 0;
        db.$on('query', () => (statements += 1));
        // One new line with one new word, before every sentence.
        const summary = await importArticle(db, { title, text: `${title}开头 。\n${text}` });
        expect(summary).toMatchObject({ outcome: 'updated', newSentences: 1, removedSentences: 0 });
        return statements;
      } finally {
        await db.$disconnect();
        await opened.close();
      }
    };
    expect(await statementsToShift('小', 10)).toBe(await statementsToShift('大', 500));
  });

  it.runIf(backend === 'postgres')('imports as a role that is not a superuser, with every row checked', async () => {
    const role = `ciku_plain_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    const url = new URL((database.target as { url: string }).url);
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await admin.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      url.username = role;
      const connection = await connect({ kind: 'postgres', url: url.toString() });
      try {
        // Such a role may not set session_replication_role: the import must not try.
        expect(await connection.db.$queryRaw`SELECT current_setting('is_superuser') AS superuser`).toEqual([{ superuser: 'off' }]);
        const text = '河马 住 在 河 里 。\n河马 吃 草 。\n';
        expect(await importArticle(connection.db, { title: '河马', text })).toMatchObject({ outcome: 'created', newSentences: 2 });
        expect(await importArticle(connection.db, { title: '河马', text: `河马 很 大 。\n${text}` })).toMatchObject({ outcome: 'updated', newSentences: 1 });
        expect(await connection.db.word.findUniqueOrThrow({ where: { hanzi: '河马' } })).toMatchObject({ frequency: 3 });
      } finally {
        await connection.close();
      }
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => {});
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
      await admin.end();
    }
  });
});
