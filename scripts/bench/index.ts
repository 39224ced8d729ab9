// npm run bench: the figures the README quotes. Needs the PostgreSQL server of BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/postgres, used to create and drop a scratch database).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type Connection } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { importArticle } from '@/lib/data/import-article';
import { getCurrentUser } from '@/lib/data/users';
import type { ReviewQueue } from '@/lib/data/review';
import { decodeArticleFile } from '@/lib/text/article-file';
import { buildApp, startApp } from '../support/app-server';
import { runScript } from '../run-script';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SEED_FILE = 'prisma/seed/000_145fa75775678c09.txt';
const GRADES = 200;
const PAGE_LOADS = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ciku_bench_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Times the seed's work on a migrated, empty database: read, extract, look up, write. */
async function timeSeed(connection: Connection): Promise<number> {
  await applyMigrations(connection.adapter);
  await getCurrentUser(connection.db);
  const started = performance.now();
  const text = decodeArticleFile(fs.readFileSync(SEED_FILE));
  await importArticle(connection.db, { title: 'Seed article', text });
  return (performance.now() - started) / 1000;
}

async function post<T>(url: string, body: unknown): Promise<{ data: T; elapsed: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await response.json()) as T;
  const elapsed = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(data)}`);
  return { data, elapsed };
}

await runScript(async () => {
  console.log(`Ciku benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);

  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-'));
  const embedded = await connect({ kind: 'pglite', dataDir: path.join(pgliteDir, 'pglite') });
  const pgliteSeconds = await timeSeed(embedded);
  await embedded.close();
  fs.rmSync(pgliteDir, { recursive: true, force: true });
  console.log(`seed article import, PGlite:            ${pgliteSeconds.toFixed(2)} s   (target < 3 s)`);

  const seedDatabase = await scratchPostgres();
  const server = await connect({ kind: 'postgres', url: seedDatabase.url });
  const serverSeconds = await timeSeed(server);
  await server.close();
  await seedDatabase.drop();
  console.log(`seed article import, PostgreSQL server: ${serverSeconds.toFixed(2)} s   (target < 3 s)`);

  const httpDatabase = await scratchPostgres();
  const setup = await connect({ kind: 'postgres', url: httpDatabase.url });
  await timeSeed(setup);
  await setup.db.user.updateMany({ data: { newCardsPerDay: 10_000, reviewsPerDay: 10_000 } });
  await setup.close();
  console.log('\nbuilding the app for next start…');
  buildApp('.next-bench');
  const app = await startApp('.next-bench', { DATABASE_URL: httpDatabase.url });
  try {
    let queue = (await post<{ queue: ReviewQueue }>(`${app.url}/api/review/queue`, {})).data.queue;
    const grade = async () => {
      const card = queue.card!;
      const result = await post<{ ok: boolean; queue: ReviewQueue }>(`${app.url}/api/review/grade`, {
        cardId: card.cardId,
        version: card.version,
        grade: (['good', 'easy', 'good', 'again'] as const)[card.cardId % 4],
        requestId: randomUUID(),
      });
      queue = result.data.queue;
      return result.elapsed;
    };
    for (let warmup = 0; warmup < 20; warmup++) await grade();
    const gradeTimes: number[] = [];
    for (let index = 0; index < GRADES; index++) gradeTimes.push(await grade());

    const pageTimes: number[] = [];
    for (let index = 0; index < PAGE_LOADS + 20; index++) {
      const started = performance.now();
      const response = await fetch(`${app.url}/review`);
      await response.text();
      if (!response.ok) throw new Error(`/review answered ${response.status}`);
      if (index >= 20) pageTimes.push(performance.now() - started);
    }
    console.log(`\ngrade over HTTP, next start + PostgreSQL server (${GRADES} sequential, with the next card in the answer):`);
    console.log(`  p50 ${ms(percentile(gradeTimes, 50))}   p95 ${ms(percentile(gradeTimes, 95))}   max ${ms(Math.max(...gradeTimes))}   (targets p50 ≤ 7 ms, p95 ≤ 15 ms)`);
    console.log(`/review full server response (${PAGE_LOADS} sequential):`);
    console.log(`  p50 ${ms(percentile(pageTimes, 50))}   p95 ${ms(percentile(pageTimes, 95))}   max ${ms(Math.max(...pageTimes))}   (target p95 ≤ 50 ms)`);
  } finally {
    await app.stop();
    await httpDatabase.drop();
  }
});
