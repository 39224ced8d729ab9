// The review loop and /stats on a learner's large history: generated into a scratch database on the server by
// scripts/bench/generate-history.ts (in a process of its own), then driven over HTTP like the quick bench.
import { spawnSync } from 'node:child_process';
import { buildApp, startApp } from '../support/app-server';
import { closeConnection, ms, percentile } from './http';
import { measurePage, measureReviewLoop, printReviewLoop } from './review-loop';
import { scratchPostgres } from './scratch-database';

const GRADES = 200;
const PAGE_LOADS = 200;
const STATS_LOADS = 50;

export interface ScaleOptions {
  cards: number;
  reviews: number;
}

export async function benchScale({ cards, reviews }: ScaleOptions): Promise<void> {
  const database = await scratchPostgres();
  try {
    console.log(`\ngenerating a history of ${cards} cards and about ${reviews} reviews (npm run bench:history) in a scratch database:`);
    const started = performance.now();
    const generated = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/generate-history.ts', '--cards', String(cards), '--reviews', String(reviews)],
      { env: { ...process.env, DATABASE_URL: database.url }, stdio: 'inherit' },
    );
    if (generated.status !== 0) throw new Error('Generating the history failed (its output is above).');
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s; building the app for next start…`);
    buildApp('.next-bench');
    const app = await startApp('.next-bench', { DATABASE_URL: database.url });
    try {
      printReviewLoop(await measureReviewLoop(app.url, { grades: GRADES, pageLoads: PAGE_LOADS }), `${cards} cards, ${reviews} reviews`);
      const stats = await measurePage(app.url, '/stats', STATS_LOADS);
      if (stats) {
        console.log(`/stats full server response (${stats.length} sequential):`);
        console.log(`  p50 ${ms(percentile(stats, 50))}   p95 ${ms(percentile(stats, 95))}   max ${ms(Math.max(...stats))}   (target p95 ≤ 300 ms)`);
      } else {
        console.log('/stats: not there yet (the route does not answer 200), so not measured.');
      }
    } finally {
      closeConnection();
      await app.stop();
    }
  } finally {
    await database.drop();
  }
}
