import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackupFile } from '@/lib/backup/backup-file';
import { REVIEW_LOG_CSV_HEADER } from '@/lib/backup/review-log-csv';
import { reviewLogCsvChunks, writeBackup } from '@/lib/data/backup-export';
import { restoreBackup } from '@/lib/data/backup-restore';
import { importArticle } from '@/lib/data/import-article';
import { gradeCard, queueCard, setCardStatus, undoReview } from '@/lib/data/review';
import { getCurrentUser, type User } from '@/lib/data/users';
import { connect, type Db } from '@/lib/db/client';
import type { Grade } from '@/lib/scheduling/fsrs';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type Backend, type TestDatabase } from '../helpers/database';
import { runScriptFile, writeTemp } from '../helpers/scripts';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const SECOND_TEXT = '王毅 在 北京 会见 了 来访 的 朋友 。\n他们 一起 讨论 了 合作 ， 也 谈到 了 未来 的 发展 。';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function backupText(db: Db): Promise<string> {
  const chunks: string[] = [];
  await writeBackup(db, async (chunk) => chunks.push(chunk));
  return chunks.join('');
}

async function restoreText(db: Db, text: string) {
  const file = writeTemp(text, 'backup.json');
  const backup = await openBackupFile(file);
  return restoreBackup(db, backup.chunks, { sizeBytes: backup.sizeBytes });
}

/** A learner with a history that uses every part of the schema: settings, two articles, names, every card state and status, undone and retired. */
async function buildHistory(db: Db): Promise<void> {
  const created = await getCurrentUser(db);
  await db.user.update({
    where: { id: created.id },
    data: {
      name: 'Lǐ Míng',
      timeZone: 'Asia/Shanghai',
      dayStartHour: 5,
      newCardsPerDay: 7,
      reviewsPerDay: 150,
      desiredRetention: 0.87,
      learningSteps: ['2m', '15m'],
      relearningSteps: ['5m'],
      maximumIntervalDays: 3650,
      learnAheadMinutes: 15,
      newCardOrder: 'RANDOM',
      fsrsParameters: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
    },
  });
  const user: User = await db.user.findUniqueOrThrow({ where: { id: created.id } });
  await importArticle(db, { title: 'Seed', text: SEED_TEXT, file: '/articles/seed.txt', source: '《求是》' });
  await importArticle(db, { title: '会见', text: SECOND_TEXT });

  const cards = await db.card.findMany({ where: { userId: user.id, word: { isName: false } }, orderBy: { id: 'asc' }, take: 8 });
  let clock = new Date('2026-03-10T01:00:00Z').getTime();
  const grade = async (cardId: number, value: Grade, durationMs?: number) => {
    const card = await db.card.findUniqueOrThrow({ where: { id: cardId } });
    const result = await gradeCard(db, user, { cardId, expectedVersion: card.version, grade: value, requestId: randomUUID(), durationMs }, new Date(clock));
    if (!result.ok) throw new Error(result.message);
    clock += MINUTE;
    return result.reviewLogId;
  };
  const [learning, review, relearning, undone, suspended, known, retired, fresh] = cards;
  await grade(learning.id, 'good', 4_200); // NEW → LEARNING
  await grade(review.id, 'easy'); // NEW → REVIEW
  await grade(relearning.id, 'easy', 3_000);
  clock += 20 * DAY;
  await grade(relearning.id, 'again', 9_500); // REVIEW → RELEARNING
  await grade(relearning.id, 'hard', 5_100); // graded while relearning
  await grade(learning.id, 'again'); // graded while learning, and still learning
  const undoneLog = await grade(undone.id, 'good', 2_000);
  const undo = await undoReview(db, user, undoneLog, new Date(clock));
  if (!undo.ok) throw new Error(undo.message);
  await grade(suspended.id, 'good');
  await setCardStatus(db, user, suspended.id, 'SUSPENDED');
  await setCardStatus(db, user, known.id, 'KNOWN');
  await grade(retired.id, 'easy', 1_000);
  await db.card.update({ where: { id: retired.id }, data: { status: 'RETIRED' } });
  await db.word.update({ where: { id: retired.wordId }, data: { replacedBy: '积极 支持' } });
  const name = await db.card.findFirstOrThrow({ where: { userId: user.id, word: { isName: true } } });
  await queueCard(db, user, name.id, new Date(clock));
  await db.card.update({ where: { id: fresh.id }, data: { status: 'IGNORED' } });
  const sentence = await db.sentence.findFirstOrThrow({ where: { occurrences: { some: { wordId: review.wordId } } } });
  await db.card.create({ data: { userId: user.id, wordId: review.wordId, kind: 'SENTENCE', sentenceId: sentence.id, due: new Date(clock) } });
  await db.user.update({ where: { id: user.id }, data: { sentenceCards: true, rubyPinyin: true, toneColours: true, speakOnReveal: true } });
  await db.word.update({ where: { id: review.wordId }, data: { hskLevel: 3, generalRank: 1_204 } });
  await db.boundaryRule.create({ data: { kind: 'JOIN', hanzi: '碳中和', parts: ['碳中', '和'] } });
  await db.placement.create({ data: { userId: user.id, upToLevel: 2, cardIds: [known.id], undoneAt: new Date(clock) } });
  expect(fresh.state).toBe('NEW');
}

type Backup = Record<string, Record<string, unknown>[]> & { format: string; version: number };

describe.each(BACKENDS)('backing up and restoring on %s', (backend: Backend) => {
  let source: TestDatabase;
  let backup: string;

  beforeAll(async () => {
    source = await createTestDatabase(backend);
    await buildHistory(source.db);
    backup = await backupText(source.db);
  });

  afterAll(async () => {
    await source?.destroy();
  });

  it('holds every table: settings, two articles with their sentences and words, every card state and status, undone reviews', () => {
    const parsed = JSON.parse(backup) as Backup;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'users', 'articles', 'sentences', 'words', 'occurrences', 'cards', 'reviewLogs', 'undoneReviews', 'boundaryRules', 'placements']);
    expect(parsed.format).toBe('ciku-backup');
    expect(parsed.version).toBe(1);
    expect(parsed.users).toHaveLength(1);
    expect(parsed.users[0]).toMatchObject({ name: 'Lǐ Míng', timeZone: 'Asia/Shanghai', learningSteps: ['2m', '15m'], newCardOrder: 'RANDOM', desiredRetention: 0.87 });
    expect((parsed.users[0].fsrsParameters as number[]).length).toBe(21);
    expect(parsed.articles.map((article) => article.title)).toEqual(['Seed', '会见']);
    expect(parsed.sentences.length).toBeGreaterThan(100);
    expect(parsed.occurrences.length).toBeGreaterThan(parsed.sentences.length);
    expect(parsed.words.some((word) => word.isName)).toBe(true);
    expect(new Set(parsed.cards.map((card) => card.state))).toEqual(new Set(['NEW', 'LEARNING', 'REVIEW', 'RELEARNING']));
    expect(new Set(parsed.cards.map((card) => card.status))).toEqual(new Set(['ACTIVE', 'SUSPENDED', 'KNOWN', 'RETIRED', 'IGNORED']));
    expect(parsed.cards.some((card) => card.queuedAt !== null)).toBe(true);
    expect(new Set(parsed.reviewLogs.map((log) => log.stateBefore))).toEqual(new Set(['NEW', 'LEARNING', 'REVIEW', 'RELEARNING']));
    expect(parsed.reviewLogs.some((log) => log.durationMs === null)).toBe(true);
    expect(parsed.undoneReviews).toHaveLength(1);
    expect(new Set(parsed.cards.map((card) => card.kind))).toEqual(new Set(['WORD', 'SENTENCE']));
    expect(parsed.words.some((word) => word.hskLevel === 3 && word.generalRank === 1_204)).toBe(true);
    expect(parsed.users[0]).toMatchObject({ sentenceCards: true, rubyPinyin: true, toneColours: true, speakOnReveal: true });
    expect(parsed.boundaryRules).toMatchObject([{ kind: 'JOIN', hanzi: '碳中和', parts: ['碳中', '和'] }]);
    expect(parsed.placements).toMatchObject([{ upToLevel: 2 }]);
    // One row per line, in id order: a file a person can read and compare.
    expect(backup.split('\n').length).toBeGreaterThan(parsed.occurrences.length);
  });

  it('restores into an empty database; exporting that gives the identical file, and new rows take new ids', async () => {
    const target = await createTestDatabase(backend);
    try {
      const counts = await restoreText(target.db, backup);
      expect(counts.cards).toBe((JSON.parse(backup) as Backup).cards.length);
      expect(await backupText(target.db)).toBe(backup);
      // The sequences moved past the restored ids (and past the undone review's id).
      const user = await getCurrentUser(target.db);
      const card = await target.db.card.findFirstOrThrow({ where: { userId: user.id, status: 'ACTIVE', state: 'NEW', word: { isName: false } } });
      const graded = await gradeCard(target.db, user, { cardId: card.id, expectedVersion: card.version, grade: 'good', requestId: randomUUID() }, new Date());
      expect(graded.ok).toBe(true);
      const highest = Math.max(...(JSON.parse(backup) as Backup).reviewLogs.map((log) => log.id as number), ...(JSON.parse(backup) as Backup).undoneReviews.map((row) => row.reviewLogId as number));
      expect(graded.ok && graded.reviewLogId).toBeGreaterThan(highest);
      const article = await importArticle(target.db, { title: 'Third', text: '我们 学习 新 的 词语 。' });
      expect(article.outcome).toBe('created');
    } finally {
      await target.destroy();
    }
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const before = await backupText(source.db);
    await expect(restoreText(source.db, backup)).rejects.toThrow(/The database is not empty \(1 learner, 2 articles, [\d,]+ words, [\d,]+ cards and \d+ reviews\)/);
    expect(await backupText(source.db)).toBe(before);
  });

  it('refuses a bad file with a clear message and writes nothing', async () => {
    const lines = backup.split('\n');
    const cardLine = lines.findIndex((line) => line.startsWith('"cards"')) + 1;
    const withRow = (index: number, change: (row: Record<string, unknown>) => unknown) =>
      lines.map((line, at) => (at === index ? JSON.stringify(change(JSON.parse(line.replace(/,$/, '')))) + (line.endsWith(',') ? ',' : '') : line)).join('\n');
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty', '', /The file is empty/],
      ['not JSON', 'hello', /does not start with a JSON object/],
      ['another format', '{"format":"anki","version":1}', /its format is "anki"/],
      ['a newer version', '{"format":"ciku-backup","version":2,"users":[]}', /newer Ciku \(format version 2\)/],
      ['no version', '{"format":"ciku-backup","users":[]}', /does not say its version/],
      ['truncated', backup.slice(0, Math.floor(backup.length * 0.7)), /ends in the middle of the backup/],
      ['a section missing', backup.replace(/,\n"placements":\[[\s\S]*\]\n\}\n$/, '\n}\n'), /no "placements" section/],
      ['sections out of order', '{"format":"ciku-backup","version":1,"cards":[]}', /"users" must come before "cards"/],
      ['an unknown field', '{"format":"ciku-backup","version":1,"users":[],"secret":1}', /does not know.*"secret"/],
      ['a bad state', withRow(cardLine, (row) => ({ ...row, state: 'FORGOTTEN' })), /Row 1 of "cards" is not valid: "state"/],
      ['an unknown column', withRow(cardLine, (row) => ({ ...row, owner: 'x' })), /Row 1 of "cards" is not valid/],
      ['an id out of range', withRow(cardLine, (row) => ({ ...row, id: 2 ** 31 })), /Row 1 of "cards" is not valid: "id"/],
      ['a card of a word not in it', withRow(cardLine, (row) => ({ ...row, wordId: 2_000_000 })), /foreign key/],
      ['a huge row', `{"format":"ciku-backup","version":1,"users":[{"name":"${'x'.repeat(41 * 1024 * 1024)}"}]}`, /longer than/],
      ['a huge field name', `{"format":"ciku-backup","version":1,"${'x'.repeat(5000)}":[]}`, /longer than 1,000 characters/],
      ['text after the end', `${backup}{}`, /more text after the end/],
      ['not UTF-8', Buffer.concat([Buffer.from(backup.slice(0, 200)), Buffer.from([0xff, 0xfe]), Buffer.from(backup.slice(200))]), /not UTF-8/],
    ];
    const empty = await createTestDatabase(backend);
    try {
      for (const [what, content, message] of cases) {
        const file = writeTemp(content, 'backup.json');
        const opened = await openBackupFile(file);
        await expect(restoreBackup(empty.db, opened.chunks, { sizeBytes: opened.sizeBytes }), what).rejects.toThrow(message);
        const counts = await empty.db.$queryRaw<{ n: number }[]>`
          SELECT ((SELECT count(*) FROM "User") + (SELECT count(*) FROM "Article") + (SELECT count(*) FROM "Sentence")
                + (SELECT count(*) FROM "Word") + (SELECT count(*) FROM "Card"))::int AS n`;
        expect(counts[0].n, what).toBe(0);
      }
      // After all those refusals the database still takes the good file.
      await restoreText(empty.db, backup);
      expect(await backupText(empty.db)).toBe(backup);
    } finally {
      await empty.destroy();
    }
  });

  it('writes the review log for the FSRS optimisers: header, milliseconds, ratings 1–4, the state before, durations', async () => {
    const user = await getCurrentUser(source.db);
    const chunks: string[] = [];
    for await (const chunk of reviewLogCsvChunks(source.db, user.id)) chunks.push(chunk);
    const [header, ...rows] = chunks.join('').trimEnd().split('\n');
    expect(header).toBe(REVIEW_LOG_CSV_HEADER);
    const logs = await source.db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(logs.length);
    const states = { NEW: 0, LEARNING: 1, REVIEW: 2, RELEARNING: 3 };
    expect(rows).toEqual(logs.map((log) => `${log.cardId},${log.reviewedAt.getTime()},${log.rating},${states[log.stateBefore]},${log.durationMs ?? 0}`));
    expect(rows.some((row) => row.endsWith(',3,5100'))).toBe(true);
  });

  it('restores with `npm run db:restore`, refuses a second restore into the same database, and backs up with `npm run db:backup`', async () => {
    const file = writeTemp(backup, 'ciku-backup.json');
    const { env, cleanup, open } = await freshDatabase(backend);
    try {
      const restored = runScriptFile('scripts/db-restore.ts', env, [file], 120_000);
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/Restored 1 users, 2 articles, [\d,]+ sentences/);
      const again = runScriptFile('scripts/db-restore.ts', env, [file], 120_000);
      expect(again.status).toBe(1);
      expect(again.stderr.trim()).toMatch(/^Error: The database is not empty \(1 learner, 2 articles/);
      const missing = runScriptFile('scripts/db-restore.ts', env, [path.join(os.tmpdir(), 'no-such-backup.json')], 60_000);
      expect(missing.stderr.trim()).toMatch(/^Error: .*no-such-backup.json does not exist\.$/);
      const written = path.join(path.dirname(file), 'again.json');
      const backedUp = runScriptFile('scripts/db-backup.ts', env, [written], 120_000);
      expect(backedUp.status, backedUp.stderr).toBe(0);
      expect(backedUp.stdout).toMatch(/^Wrote .*again\.json from .*: 1 users, 2 articles/);
      expect(fs.readFileSync(written, 'utf8')).toBe(backup);
      expect(fs.existsSync(`${written}.partial`)).toBe(false);
      const connection = await open();
      try {
        expect(await backupText(connection.db)).toBe(backup);
      } finally {
        await connection.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe.each(BACKENDS)('a long history on %s', (backend: Backend) => {
  const REVIEWS = 12_345;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const user = await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Short', text: '我们 学习 新 的 词语 。' });
    // Reviews of every card, one a minute, with cycling ratings and states: written by SQL, in a second.
    await database.db.$executeRaw`
      INSERT INTO "ReviewLog" ("requestId", "userId", "cardId", rating, "stateBefore", "cardBefore", "versionAfter", "elapsedDays",
                               "scheduledDays", "dueAfter", "durationMs", "reviewedAt")
      SELECT 'bulk-' || n, ${user.id}, c.id, 1 + n % 4, (ARRAY['NEW','LEARNING','REVIEW','RELEARNING'])[1 + n % 4]::"CardState",
             jsonb_build_object('due', '2026-01-01T00:00:00.000Z', 'stability', n * 0.1, 'difficulty', 5.5, 'elapsedDays', 0, 'scheduledDays', 0,
                                'learningSteps', 0, 'reps', n, 'lapses', 0, 'state', 'REVIEW', 'lastReview', NULL),
             n, 0, 1, timestamp '2026-01-02' + n * interval '1 minute', CASE WHEN n % 3 = 0 THEN NULL ELSE n END,
             timestamp '2026-01-01' + n * interval '1 minute'
      FROM generate_series(1, ${REVIEWS}) AS n
      JOIN LATERAL (SELECT id FROM "Card" ORDER BY id OFFSET n % 5 LIMIT 1) AS c ON true`;
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('streams the CSV a page at a time, never the whole log at once', async () => {
    const user = await getCurrentUser(database.db);
    const chunks: string[] = [];
    for await (const chunk of reviewLogCsvChunks(database.db, user.id)) chunks.push(chunk);
    expect(chunks.length).toBe(3);
    expect(Math.max(...chunks.map((chunk) => chunk.split('\n').length - 1))).toBeLessThanOrEqual(5_001);
    expect(chunks.join('').trimEnd().split('\n')).toHaveLength(REVIEWS + 1);
  });

  it('writes the backup in bounded chunks, and restores it across many pages to the identical file', async () => {
    const chunks: string[] = [];
    await writeBackup(database.db, async (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(300 * 1024);
    const backup = chunks.join('');
    expect((JSON.parse(backup) as Backup).reviewLogs).toHaveLength(REVIEWS);
    const target = await createTestDatabase(backend);
    try {
      await restoreText(target.db, backup);
      expect(await backupText(target.db)).toBe(backup);
    } finally {
      await target.destroy();
    }
  });
});

/** A database nobody has opened yet, for a script in a child process (the embedded one belongs to one process at a time). */
async function freshDatabase(backend: Backend) {
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-restore-'));
    const target = { kind: 'pglite' as const, dataDir: path.join(dir, 'pglite') };
    return {
      env: { CIKU_DATA_DIR: target.dataDir, DATABASE_URL: '' },
      open: () => connect(target),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createTestDatabase(backend, { migrate: false });
  return { env: database.env, open: () => connect(database.target), cleanup: () => database.destroy() };
}
