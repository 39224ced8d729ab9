// npm run bench [-- import | review | optimise]: the figures the README quotes; `import` runs only the imports (the
// seed article, then generated texts of 1 MB and 10 MB), `review` only the review loop over HTTP, `optimise` only
// FSRS optimisation on a simulated learner (scripts/bench/optimise.ts, no database). Import and review need the
// PostgreSQL server of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres, used to
// create and drop scratch databases).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect } from '@/lib/db/client';
import type { ReviewQueue } from '@/lib/data/review';
import { buildApp, startApp } from '../support/app-server';
import { runScript } from '../run-script';
import { generateCorpus } from './corpus';
import { benchOptimisation } from './optimise';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
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

interface ImportFigures {
  seconds: number;
  peakMB: number;
  sentences: number;
  words: number;
  occurrences: number;
}

/**
 * A cold import of an article file (the seed article by default) in a process of its own, into the database
 * `env` names, created and migrated beforehand by another process: the peak memory is the import's alone.
 */
function timeImport(env: Record<string, string>, file?: string): ImportFigures {
  const run = (script: string, args: string[] = []) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };
  run('scripts/db-migrate.ts');
  return JSON.parse(run('scripts/bench/import-once.ts', file ? [file] : []).trim().split('\n').at(-1)!);
}

async function timeImportOnBoth(file?: string): Promise<{ pglite: ImportFigures; server: ImportFigures }> {
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-'));
  let pglite: ImportFigures;
  try {
    pglite = timeImport({ CIKU_DATA_DIR: path.join(pgliteDir, 'pglite'), DATABASE_URL: '' }, file);
  } finally {
    fs.rmSync(pgliteDir, { recursive: true, force: true });
  }
  const database = await scratchPostgres();
  try {
    return { pglite, server: timeImport({ DATABASE_URL: database.url }, file) };
  } finally {
    await database.drop();
  }
}

async function benchImports(): Promise<void> {
  const seed = await timeImportOnBoth();
  console.log(`seed article import, PGlite:            ${seed.pglite.seconds.toFixed(2)} s   (target < 3 s)`);
  console.log(`seed article import, PostgreSQL server: ${seed.server.seconds.toFixed(2)} s   (target < 3 s)`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-texts-'));
  try {
    for (const [label, bytes, target] of [
      ['1 MB', 1_000_000, '(targets < 10 s, < 500 MB)'],
      ['10 MB', 10_000_000, '(target: completes)'],
    ] as const) {
      const file = path.join(folder, `${label.replace(' ', '')}.txt`);
      fs.writeFileSync(file, generateCorpus(bytes));
      const figures = await timeImportOnBoth(file);
      const { sentences, words, occurrences } = figures.pglite;
      console.log(`\ngenerated ${label} text (${sentences} sentences, ${words} distinct words, ${occurrences} occurrences), import in a fresh process:`);
      for (const [name, run] of [['PGlite', figures.pglite], ['PostgreSQL server', figures.server]] as const) {
        console.log(`  ${`${name}:`.padEnd(19)}${run.seconds.toFixed(1).padStart(6)} s, peak memory ${Math.round(run.peakMB)} MB   ${target}`);
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

// One kept-alive connection, as a browser tab has.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function request(url: string, method: 'GET' | 'POST', body?: unknown): Promise<{ status: number; text: string; elapsed: number; serverMs: number }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        const serverMs = Number(/dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''))?.[1] ?? NaN);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, elapsed: performance.now() - started, serverMs }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function post<T>(url: string, body: unknown): Promise<{ data: T; elapsed: number; serverMs: number }> {
  const response = await request(url, 'POST', body);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${response.text}`);
  return { data: JSON.parse(response.text) as T, elapsed: response.elapsed, serverMs: response.serverMs };
}

async function benchReview(): Promise<void> {
  const httpDatabase = await scratchPostgres();
  timeImport({ DATABASE_URL: httpDatabase.url });
  const setup = await connect({ kind: 'postgres', url: httpDatabase.url });
  await setup.db.user.updateMany({ data: { newCardsPerDay: 10_000, reviewsPerDay: 10_000 } });
  await setup.close();
  console.log('\nbuilding the app for next start…');
  buildApp('.next-bench');
  const app = await startApp('.next-bench', { DATABASE_URL: httpDatabase.url });
  try {
    let queue = (await post<{ queue: ReviewQueue }>(`${app.url}/api/review/queue`, {})).data.queue;
    // As the review screen does: grade the card shown, then refresh the queue (the next card is already shown).
    const gradeTimes: number[] = [];
    const gradeServerTimes: number[] = [];
    const refreshTimes: number[] = [];
    for (let index = 0; index < GRADES + 20; index++) {
      const card = queue.card!;
      const graded = await post<{ ok: boolean }>(`${app.url}/api/review/grade`, {
        cardId: card.cardId,
        version: card.version,
        grade: (['good', 'easy', 'good', 'again'] as const)[card.cardId % 4],
        requestId: randomUUID(),
      });
      const refreshed = await post<{ queue: ReviewQueue }>(`${app.url}/api/review/queue`, {});
      queue = refreshed.data.queue;
      if (index < 20) continue;
      gradeTimes.push(graded.elapsed);
      gradeServerTimes.push(graded.serverMs);
      refreshTimes.push(refreshed.elapsed);
    }

    const pageTimes: number[] = [];
    for (let index = 0; index < PAGE_LOADS + 20; index++) {
      const response = await request(`${app.url}/review`, 'GET');
      if (response.status !== 200) throw new Error(`/review answered ${response.status}`);
      if (index >= 20) pageTimes.push(response.elapsed);
    }
    console.log(`\ngrade over HTTP, next start + PostgreSQL server (${GRADES} sequential):`);
    console.log(`  p50 ${ms(percentile(gradeTimes, 50))}   p95 ${ms(percentile(gradeTimes, 95))}   max ${ms(Math.max(...gradeTimes))}   (targets p50 ≤ 7 ms, p95 ≤ 15 ms)`);
    console.log(`  of which the route's own work (Server-Timing): p50 ${ms(percentile(gradeServerTimes, 50))}   p95 ${ms(percentile(gradeServerTimes, 95))}`);
    console.log(`queue refresh after each grade (the screen already shows the next card meanwhile):`);
    console.log(`  p50 ${ms(percentile(refreshTimes, 50))}   p95 ${ms(percentile(refreshTimes, 95))}`);
    console.log(`/review full server response (${PAGE_LOADS} sequential):`);
    console.log(`  p50 ${ms(percentile(pageTimes, 50))}   p95 ${ms(percentile(pageTimes, 95))}   max ${ms(Math.max(...pageTimes))}   (target p95 ≤ 50 ms)`);
  } finally {
    agent.destroy();
    await app.stop();
    await httpDatabase.drop();
  }
}

await runScript(async () => {
  const mode = process.argv[2] ?? 'all';
  if (!['all', 'import', 'review', 'optimise'].includes(mode)) throw new Error(`Unknown mode "${mode}": give import, review, optimise or nothing (all).`);
  console.log(`Ciku benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  if (mode === 'all' || mode === 'import') await benchImports();
  if (mode === 'all' || mode === 'review') await benchReview();
  if (mode === 'all' || mode === 'optimise') await benchOptimisation();
});
