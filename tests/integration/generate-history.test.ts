import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import { getWordDetail } from '@/lib/data/words';
import { connect, type Db } from '@/lib/db/client';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';
import { runScriptFile, runSeed } from '../helpers/scripts';

const SCRIPT = 'scripts/bench/generate-history.ts';
const SIZE = ['--cards', '400', '--reviews', '3000', '--days', '150'];

/** Scripts in child processes need the embedded database to themselves: the test opens it only while it reads. */
async function withDb<T>(database: TestDatabase, work: (db: Db) => Promise<T>): Promise<T> {
  const connection = await connect(database.target);
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

describe.each(BACKENDS)('npm run bench:history (%s)', (backend) => {
  let database: TestDatabase;
  let output: ReturnType<typeof runScriptFile>;

  beforeAll(async () => {
    database = await createTestDatabase(backend, { migrate: false });
    await database.close();
    output = runScriptFile(SCRIPT, database.env, SIZE, 110_000);
  }, 120_000);
  afterAll(() => database?.destroy().catch(() => {}));

  it('fills the empty database and says what it made and how long it took', async () => {
    expect(output.stderr).toBe('');
    expect(output.status).toBe(0);
    expect(output.stdout).toMatch(/Done in [\d.]+ s: \d+ articles, \d+ sentences, 400 words, 400 cards \(.*\), \d+ reviews/);
    const [cards, reviews, users] = await withDb(database, (db) => Promise.all([db.card.count(), db.reviewLog.count(), db.user.count()]));
    expect(cards).toBe(400);
    expect(reviews).toBeGreaterThan(1500);
    expect(users).toBe(1);
  });

  it('leaves each card as its latest review left it, with a version for each change', () => withDb(database, async (db) => {
    const [figures] = await db.$queryRaw<Record<string, number>[]>`
      WITH latest AS (SELECT DISTINCT ON ("cardId") "cardId", "dueAfter", "versionAfter" FROM "ReviewLog" ORDER BY "cardId", "reviewedAt" DESC),
           counted AS (SELECT "cardId", count(*)::int AS reviews FROM "ReviewLog" GROUP BY "cardId")
      SELECT count(*) FILTER (WHERE latest."dueAfter" IS DISTINCT FROM c.due AND latest."cardId" IS NOT NULL)::int AS "wrongDue",
             count(*) FILTER (WHERE c.version <> coalesce(counted.reviews, 0) + (c.status <> 'ACTIVE')::int + (c."queuedAt" IS NOT NULL)::int)::int AS "wrongVersion",
             count(*) FILTER (WHERE latest."versionAfter" > c.version)::int AS "laterLog",
             count(*) FILTER (WHERE latest."cardId" IS NULL AND c.state <> 'NEW')::int AS "studiedWithoutReviews",
             count(*) FILTER (WHERE c.status = 'KNOWN')::int AS known,
             count(*) FILTER (WHERE c.state = 'REVIEW')::int AS "inReview"
      FROM "Card" c LEFT JOIN latest ON latest."cardId" = c.id LEFT JOIN counted ON counted."cardId" = c.id`;
    expect(figures).toMatchObject({ wrongDue: 0, wrongVersion: 0, laterLog: 0, studiedWithoutReviews: 0 });
    expect(figures.known).toBeGreaterThan(0);
    expect(figures.inReview).toBeGreaterThan(50);
    const [logs] = await db.$queryRaw<{ unordered: number; missingSnapshot: number }[]>`
      SELECT count(*) FILTER (WHERE "cardBefore"->>'state' <> "stateBefore"::text)::int AS "missingSnapshot",
             count(*) FILTER (WHERE "reviewedAt" > now())::int AS unordered
      FROM "ReviewLog"`;
    expect(logs).toEqual({ unordered: 0, missingSnapshot: 0 });
  }));

  it('gives the app a review queue, word pages with sentences, and grades that work', () => withDb(database, async (db) => {
    const user = await getCurrentUser(db);
    const now = new Date();
    const queue = await getReviewQueue(db, user, now);
    expect(queue.card).not.toBeNull();
    expect(queue.card!.sentences.length).toBeGreaterThan(0);
    expect(queue.card!.word.meanings.length).toBeGreaterThan(0);
    expect(queue.counts.review + queue.counts.learning + queue.counts.new).toBeGreaterThan(0);
    const word = await getWordDetail(db, user, queue.card!.word.id, now);
    expect(word!.sentenceCount).toBeGreaterThan(0);
    expect(word!.reviews.length).toBe(queue.card!.version - (word!.card.queuedAt ? 1 : 0));
    const graded = await gradeCard(db, user, { cardId: queue.card!.cardId, expectedVersion: queue.card!.version, grade: 'good', requestId: 'integration-grade' }, now);
    expect(graded.ok).toBe(true);
  }));

  it('refuses a database that already holds a history, and writes nothing', async () => {
    const before = await withDb(database, (db) => db.reviewLog.count());
    const again = runScriptFile(SCRIPT, database.env, SIZE);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds 400 cards, \d+ reviews.*Nothing was written/);
    expect(await withDb(database, (db) => Promise.all([db.reviewLog.count(), db.card.count()]))).toEqual([before, 400]);
  });
});

describe.each(BACKENDS)('npm run bench:history on a learner\'s own database (%s)', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await database.close();
    expect(runSeed(database.env).status).toBe(0);
  }, 120_000);
  afterAll(() => database?.destroy().catch(() => {}));

  it('refuses it and changes nothing', async () => {
    const counts = (db: Db) => Promise.all([db.card.count(), db.user.count(), db.word.count()]);
    const before = await withDb(database, counts);
    const result = runScriptFile(SCRIPT, database.env, SIZE);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: This database already holds \d+ cards, 0 reviews/);
    expect(await withDb(database, counts)).toEqual(before);
  });
});
