// npm run bench [-- import | browser-import | review | optimise | reading | levels | scale [--cards N --reviews N]]: the figures the README quotes;
// `import` runs only the imports (the seed article, then generated texts of 1 MB and 10 MB), `review` only the
// review loop over HTTP, `browser-import` only a 200 kB plain article through the import page's routes (scripts/bench/browser-import.ts), `optimise` only FSRS optimisation on a simulated learner (scripts/bench/optimise.ts, no
// database), `scale` only the review loop and /stats on a generated history of 100,000 cards and 1,000,000
// reviews, `reading` only the reading view and the article list (scripts/bench/reading.ts), `levels` only the review queue of 27,000 new
// cards under each new-card order. Import, review, scale, reading and levels need the
// PostgreSQL server of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres, used to
// create and drop scratch databases).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@/lib/db/client';
import { buildApp, startApp } from '../support/app-server';
import { runScript } from '../run-script';
import { generateCorpus } from './corpus';
import { benchBrowserImport } from './browser-import';
import { benchLevels } from './levels';
import { benchOptimisation } from './optimise';
import { closeConnection } from './http';
import { measureReviewLoop, printReviewLoop } from './review-loop';
import { benchReading } from './reading';
import { benchScale } from './scale';
import { scratchPostgres } from './scratch-database';

const GRADES = 200;
const PAGE_LOADS = 200;

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
  const run = (script: string, args: string[] = [], nodeFlags: string[] = []) => {
    const result = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  };
  run('scripts/db-migrate.ts');
  return JSON.parse(run('scripts/bench/import-once.ts', file ? [file] : [], seedNodeFlags()).trim().split('\n').at(-1)!);
}

/** The Node flags `npm run db:seed` runs with (package.json), so that the benchmark imports the way the seed does. */
function seedNodeFlags(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const words = scripts['db:seed'].split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('--import'));
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
    printReviewLoop(await measureReviewLoop(app.url, { grades: GRADES, pageLoads: PAGE_LOADS }), 'seed article');
  } finally {
    closeConnection();
    await app.stop();
    await httpDatabase.drop();
  }
}

await runScript(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { cards: { type: 'string', default: '100000' }, reviews: { type: 'string', default: '1000000' } },
  });
  const mode = positionals[0] ?? 'all';
  if (!['all', 'import', 'browser-import', 'review', 'optimise', 'reading', 'levels', 'scale'].includes(mode)) {
    throw new Error(`Unknown mode "${mode}": give import, browser-import, review, optimise, reading, levels, scale or nothing (all seven).`);
  }
  console.log(`Ciku benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}\n`);
  if (mode === 'all' || mode === 'import') await benchImports();
  if (mode === 'all' || mode === 'browser-import') await benchBrowserImport();
  if (mode === 'all' || mode === 'review') await benchReview();
  if (mode === 'all' || mode === 'optimise') await benchOptimisation();
  if (mode === 'all' || mode === 'reading') await benchReading();
  if (mode === 'all' || mode === 'scale') await benchScale({ cards: Number(values.cards), reviews: Number(values.reviews) });
  if (mode === 'all' || mode === 'levels') await benchLevels();
  console.log(`\nload average at the end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
});
