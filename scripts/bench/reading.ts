// The reading view of the seed article and the article list with 100 articles, over HTTP with next start, on
// the PostgreSQL server and on PGlite: the seed imported, then 99 articles made of runs of its sentences
// (lib/data/sample-articles.ts: importing 99 generated texts takes minutes), about a third of the words in
// review so that every mark and count has work to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '@/lib/db/client';
import type { DatabaseTarget } from '@/lib/db/target';
import { applyMigrations } from '@/lib/db/schema-engine';
import { importArticle } from '@/lib/data/import-article';
import { addSampleArticles } from '@/lib/data/sample-articles';
import { getCurrentUser } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { buildApp, startApp } from '../support/app-server';
import { closeConnection, ms, percentile } from './http';
import { measurePage } from './review-loop';
import { scratchPostgres } from './scratch-database';

const SEED_FILE = 'prisma/seed/000_145fa75775678c09.txt';
const EXTRA_ARTICLES = 99;
const LOADS = 100;

/** The seed and 99 more articles; returns the seed article's id. */
async function fill(target: DatabaseTarget): Promise<number> {
  const connection = await connect(target);
  try {
    await applyMigrations(connection.adapter);
    const db = connection.db;
    await getCurrentUser(db);
    const seed = await importArticle(db, { title: '迎难而上 为国担当', text: decodeArticleFile(fs.readFileSync(SEED_FILE)) });
    const started = performance.now();
    await addSampleArticles(db, seed.articleId, EXTRA_ARTICLES);
    await db.$executeRaw`UPDATE "Card" SET state = 'REVIEW', due = now() + interval '10 days', stability = 10 WHERE id % 3 = 0`;
    console.log(`  ${EXTRA_ARTICLES} sample articles added in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return seed.articleId;
  } finally {
    await connection.close();
  }
}

async function measure(label: string, env: Record<string, string>, seedId: number): Promise<void> {
  const app = await startApp('.next-bench', env);
  try {
    for (const [page, target] of [[`/articles/${seedId}`, 'the seed article'], ['/articles', `${EXTRA_ARTICLES + 1} articles`]] as const) {
      const times = await measurePage(app.url, page, LOADS);
      if (!times) throw new Error(`${page} did not answer 200`);
      console.log(`  ${`${page} (${target}):`.padEnd(34)} p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(Math.max(...times))}   (target p95 ≤ 80 ms)`);
    }
  } finally {
    closeConnection();
    await app.stop();
  }
}

export async function benchReading(): Promise<void> {
  console.log('\nbuilding the app for next start…');
  buildApp('.next-bench');

  console.log(`\nreading view and article list, full server response (${LOADS} sequential each), PostgreSQL server:`);
  const database = await scratchPostgres();
  try {
    const seedId = await fill({ kind: 'postgres', url: database.url });
    await measure('PostgreSQL server', { DATABASE_URL: database.url }, seedId);
  } finally {
    await database.drop();
  }

  console.log(`\nthe same on PGlite:`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-reading-'));
  try {
    const dataDir = path.join(folder, 'pglite');
    const seedId = await fill({ kind: 'pglite', dataDir });
    await measure('PGlite', { CIKU_DATA_DIR: dataDir, DATABASE_URL: '' }, seedId);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
