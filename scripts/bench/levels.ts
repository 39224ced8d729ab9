import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Connection } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { getReviewQueue, newCardOrderSql, OFFERED_AS_NEW } from '@/lib/data/review';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import type { NewCardOrder } from '@/lib/generated/prisma/client';
import { scratchPostgres } from './scratch-database';

const NEW_CARDS = 27_000;
const RUNS = 40;
const ORDERS: NewCardOrder[] = ['FREQUENCY', 'HSK_LEVEL', 'GENERAL_FREQUENCY'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * A word bank of 27,000 words, all new cards, a fifth of them in HSK (levels spread over 1–6) and nine in ten with
 * a general rank: the review queue's time under each new-card order, and the plan of its new-card sort.
 */
async function measure(connection: Connection): Promise<void> {
  const { db } = connection;
  await applyMigrations(connection.adapter);
  let user: User = await getCurrentUser(db);
  await db.$executeRaw`
    INSERT INTO "Word" (hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", frequency, "studyRank", "hskLevel", "generalRank")
    SELECT 'w' || n, 'x', 'x', 'x', '[]', '', true, ${NEW_CARDS} - n, n,
           CASE WHEN n % 5 = 0 THEN 1 + (n * 7919) % 6 END, CASE WHEN n % 10 <> 0 THEN (1 + (n::bigint * 104729) % 300000)::int END
    FROM generate_series(1, ${NEW_CARDS}) n`;
  const now = new Date();
  await db.$executeRaw`INSERT INTO "Card" ("userId", "wordId", due, "updatedAt") SELECT ${user.id}, id, ${now}, ${now} FROM "Word"`;
  await db.$executeRawUnsafe('ANALYZE');
  for (const newCardOrder of ORDERS) {
    user = await updateSettings(db, user.id, { newCardOrder });
    for (let run = 0; run < 5; run++) await getReviewQueue(db, user, now);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await getReviewQueue(db, user, now);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${newCardOrder.padEnd(18)} review queue p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
  }
  for (const newCardOrder of ORDERS) {
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>`
      EXPLAIN ANALYZE SELECT c.id FROM "Card" c JOIN "Word" w ON w.id = c."wordId"
      WHERE c."userId" = ${user.id} AND c.status = 'ACTIVE' AND c.state = 'NEW' AND ${OFFERED_AS_NEW}
      ORDER BY ${newCardOrderSql(newCardOrder)} LIMIT 2`;
    const lines = plan.map((row) => row['QUERY PLAN']);
    console.log(`  ${newCardOrder}: the new-card sort alone, ${lines.find((line) => line.includes('Execution Time'))?.trim()}`);
    if (process.env.CIKU_BENCH_PLANS) console.log(lines.map((line) => `    ${line}`).join('\n'));
  }
}

export async function benchLevels(): Promise<void> {
  console.log(`review queue with ${NEW_CARDS.toLocaleString('en')} new cards, by new-card order (${RUNS} runs each):`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-levels-'));
  try {
    console.log('PGlite:');
    const pglite = await connect({ kind: 'pglite', dataDir: path.join(folder, 'pglite') });
    try {
      await measure(pglite);
    } finally {
      await pglite.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const database = await scratchPostgres();
  try {
    console.log('PostgreSQL server:');
    const server = await connect({ kind: 'postgres', url: database.url });
    try {
      await measure(server);
    } finally {
      await server.close();
    }
  } finally {
    await database.drop();
  }
}
