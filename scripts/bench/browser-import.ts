// npm run bench -- browser-import: a 200 kB unsegmented article imported end to end through the browser's
// routes (POST /api/articles/import, then polling its status as the page does) on `next start`, over PGlite
// and over the PostgreSQL server, each holding the seed article first. Meanwhile a studying learner's
// requests (the review queue, every 100 ms) are timed: the import must not block them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportJobStatus } from '@/lib/articles/import-jobs';
import { buildApp, startApp } from '../support/app-server';
import { generateCorpus } from './corpus';
import { percentile } from './http';
import { scratchPostgres } from './scratch-database';

const TARGET_BYTES = 200 * 1024;
const POLL_MS = 250;
const PROBE_MS = 100;

/** About 200 kB of plain Chinese, as a learner would paste it: the benchmark corpus without its spaces, the same every run. */
export function unsegmentedArticle(bytes = TARGET_BYTES): string {
  let size = Math.ceil(bytes * 1.25);
  for (;;) {
    const text = generateCorpus(size, 7).replace(/ /g, '');
    if (Buffer.byteLength(text) >= bytes) return text;
    size = Math.ceil(size * 1.1);
  }
}

function runScript(script: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
}

interface BrowserImportFigures {
  seconds: number;
  stages: string[];
  sentences: number;
  words: number;
  newWords: number;
  probes: number[];
}

async function importThroughRoutes(url: string, text: string): Promise<BrowserImportFigures> {
  const probes: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      const response = await fetch(`${url}/api/review/queue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      await response.text();
      probes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
    }
  })();
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/articles/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, title: `基准文章 ${Date.now()}`, source: 'npm run bench -- browser-import' }),
    });
    const answer = (await response.json()) as { ok: boolean; job: ImportJobStatus; message?: string };
    if (response.status !== 202) throw new Error(`the import was refused (${response.status}): ${answer.message}`);
    const stages: string[] = [];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const status = (await (await fetch(`${url}/api/articles/import/${answer.job.id}`)).json()) as { job: ImportJobStatus };
      const { job } = status;
      if (job.state === 'running') {
        const stage = `${job.stage} ${job.percent} % at ${((performance.now() - started) / 1000).toFixed(1)} s`;
        if (!stages.at(-1)?.startsWith(`${job.stage} ${job.percent} %`)) stages.push(stage);
        continue;
      }
      if (job.state === 'failed') throw new Error(`the import failed: ${job.message}`);
      const seconds = (performance.now() - started) / 1000;
      return { seconds, stages, sentences: job.summary.sentences, words: job.summary.words, newWords: job.summary.newWords, probes };
    }
  } finally {
    probing = false;
    await probe;
  }
}

function print(name: string, figures: BrowserImportFigures): void {
  console.log(
    `  ${`${name}:`.padEnd(19)}${figures.seconds.toFixed(1).padStart(6)} s   (target < 10 s)  ` +
      `${figures.sentences} sentences, ${figures.words} words and names (${figures.newWords} new)`,
  );
  console.log(`    progress seen: ${figures.stages.join(' → ')}`);
  const probes = figures.probes;
  if (probes.length > 0) {
    console.log(
      `    review queue requests meanwhile (${probes.length}): p50 ${percentile(probes, 50).toFixed(0)} ms, p95 ${percentile(probes, 95).toFixed(0)} ms, ` +
        `longest ${Math.max(...probes).toFixed(0)} ms`,
    );
  }
}

export async function benchBrowserImport(): Promise<void> {
  const text = unsegmentedArticle();
  console.log(`browser import of a generated unsegmented article, ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB, through POST /api/articles/import and polling:`);
  console.log('building the app for next start…');
  buildApp('.next-bench');

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-bench-browser-'));
  try {
    const env = { CIKU_DATA_DIR: path.join(folder, 'pglite'), DATABASE_URL: '' };
    runScript('scripts/db-seed.ts', env);
    const app = await startApp('.next-bench', env);
    try {
      print('PGlite', await importThroughRoutes(app.url, text));
    } finally {
      await app.stop();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const database = await scratchPostgres();
  try {
    const env = { DATABASE_URL: database.url };
    runScript('scripts/db-seed.ts', env);
    const app = await startApp('.next-bench', env);
    try {
      print('PostgreSQL server', await importThroughRoutes(app.url, text));
    } finally {
      await app.stop();
    }
  } finally {
    await database.drop();
  }
}
